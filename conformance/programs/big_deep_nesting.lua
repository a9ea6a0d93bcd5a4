-- deeply nested blocks: ifs, whiles, dos and fors (~60 levels each)
local function nest_if(x)
 if x > 0 then
  if x > 1 then
   if x > 2 then
    if x > 3 then
     if x > 4 then
      if x > 5 then
       if x > 6 then
        if x > 7 then
         if x > 8 then
          if x > 9 then
           if x > 10 then
            if x > 11 then
             if x > 12 then
              if x > 13 then
               if x > 14 then
                if x > 15 then
                 if x > 16 then
                  if x > 17 then
                   if x > 18 then
                    if x > 19 then
                     if x > 20 then
                      if x > 21 then
                       if x > 22 then
                        if x > 23 then
                         if x > 24 then
                          if x > 25 then
                           if x > 26 then
                            if x > 27 then
                             if x > 28 then
                              if x > 29 then
                               if x > 30 then
                                if x > 31 then
                                 if x > 32 then
                                  if x > 33 then
                                   if x > 34 then
                                    if x > 35 then
                                     if x > 36 then
                                      if x > 37 then
                                       if x > 38 then
                                        if x > 39 then
                                         if x > 40 then
                                          if x > 41 then
                                           if x > 42 then
                                            if x > 43 then
                                             if x > 44 then
                                              if x > 45 then
                                               if x > 46 then
                                                if x > 47 then
                                                 if x > 48 then
                                                  if x > 49 then
                                                   if x > 50 then
                                                    if x > 51 then
                                                     if x > 52 then
                                                      if x > 53 then
                                                       if x > 54 then
                                                        if x > 55 then
                                                         if x > 56 then
                                                          if x > 57 then
                                                           if x > 58 then
                                                            if x > 59 then
                                                             return "deep"
                                                            end
                                                           end
                                                          end
                                                         end
                                                        end
                                                       end
                                                      end
                                                     end
                                                    end
                                                   end
                                                  end
                                                 end
                                                end
                                               end
                                              end
                                             end
                                            end
                                           end
                                          end
                                         end
                                        end
                                       end
                                      end
                                     end
                                    end
                                   end
                                  end
                                 end
                                end
                               end
                              end
                             end
                            end
                           end
                          end
                         end
                        end
                       end
                      end
                     end
                    end
                   end
                  end
                 end
                end
               end
              end
             end
            end
           end
          end
         end
        end
       end
      end
     end
    end
   end
  end
 end
  return "shallow"
end
print(nest_if(100), nest_if(0), nest_if(30))
local c = 0
for i = 1, 3000 do if nest_if(i % 70) == "deep" then c = c + 1 end end
print("deep count", c)
local function nest_for(n)
  local s = 0
 for i0 = 1, 2 do
  for i1 = 1, 2 do
   for i2 = 1, 2 do
    for i3 = 1, 2 do
     for i4 = 1, 2 do
      for i5 = 1, 2 do
       for i6 = 1, 2 do
        for i7 = 1, 2 do
         for i8 = 1, 2 do
          for i9 = 1, 2 do
           for i10 = 1, 1 do
            for i11 = 1, 1 do
             for i12 = 1, 1 do
              for i13 = 1, 1 do
               for i14 = 1, 1 do
                for i15 = 1, 1 do
                 for i16 = 1, 1 do
                  for i17 = 1, 1 do
                   for i18 = 1, 1 do
                    for i19 = 1, 1 do
                     for i20 = 1, 1 do
                      for i21 = 1, 1 do
                       for i22 = 1, 1 do
                        for i23 = 1, 1 do
                         for i24 = 1, 1 do
                          for i25 = 1, 1 do
                           for i26 = 1, 1 do
                            for i27 = 1, 1 do
                             for i28 = 1, 1 do
                              for i29 = 1, 1 do
                               for i30 = 1, 1 do
                                for i31 = 1, 1 do
                                 for i32 = 1, 1 do
                                  for i33 = 1, 1 do
                                   for i34 = 1, 1 do
                                    for i35 = 1, 1 do
                                     for i36 = 1, 1 do
                                      for i37 = 1, 1 do
                                       for i38 = 1, 1 do
                                        for i39 = 1, 1 do
                                         s = s + i0 + i9 + i39
                                        end
                                       end
                                      end
                                     end
                                    end
                                   end
                                  end
                                 end
                                end
                               end
                              end
                             end
                            end
                           end
                          end
                         end
                        end
                       end
                      end
                     end
                    end
                   end
                  end
                 end
                end
               end
              end
             end
            end
           end
          end
         end
        end
       end
      end
     end
    end
   end
  end
 end
  return s
end
print("nest_for", nest_for(0))
local t = 0
do local d0 = 0
 do local d1 = 1
  do local d2 = 2
   do local d3 = 3
    do local d4 = 4
     do local d5 = 5
      do local d6 = 6
       do local d7 = 7
        do local d8 = 8
         do local d9 = 9
          do local d10 = 10
           do local d11 = 11
            do local d12 = 12
             do local d13 = 13
              do local d14 = 14
               do local d15 = 15
                do local d16 = 16
                 do local d17 = 17
                  do local d18 = 18
                   do local d19 = 19
                    do local d20 = 20
                     do local d21 = 21
                      do local d22 = 22
                       do local d23 = 23
                        do local d24 = 24
                         do local d25 = 25
                          do local d26 = 26
                           do local d27 = 27
                            do local d28 = 28
                             do local d29 = 29
                              do local d30 = 30
                               do local d31 = 31
                                do local d32 = 32
                                 do local d33 = 33
                                  do local d34 = 34
                                   do local d35 = 35
                                    do local d36 = 36
                                     do local d37 = 37
                                      do local d38 = 38
                                       do local d39 = 39
                                        do local d40 = 40
                                         do local d41 = 41
                                          do local d42 = 42
                                           do local d43 = 43
                                            do local d44 = 44
                                             do local d45 = 45
                                              do local d46 = 46
                                               do local d47 = 47
                                                do local d48 = 48
                                                 do local d49 = 49
                                                  do local d50 = 50
                                                   do local d51 = 51
                                                    do local d52 = 52
                                                     do local d53 = 53
                                                      do local d54 = 54
                                                       do local d55 = 55
                                                        do local d56 = 56
                                                         do local d57 = 57
                                                          do local d58 = 58
                                                           do local d59 = 59
                                                            do local d60 = 60
                                                             do local d61 = 61
                                                              do local d62 = 62
                                                               do local d63 = 63
                                                                do local d64 = 64
                                                                 do local d65 = 65
                                                                  do local d66 = 66
                                                                   do local d67 = 67
                                                                    do local d68 = 68
                                                                     do local d69 = 69
                                                                      t = d0 + d69 + d35
                                                                     end
                                                                    end
                                                                   end
                                                                  end
                                                                 end
                                                                end
                                                               end
                                                              end
                                                             end
                                                            end
                                                           end
                                                          end
                                                         end
                                                        end
                                                       end
                                                      end
                                                     end
                                                    end
                                                   end
                                                  end
                                                 end
                                                end
                                               end
                                              end
                                             end
                                            end
                                           end
                                          end
                                         end
                                        end
                                       end
                                      end
                                     end
                                    end
                                   end
                                  end
                                 end
                                end
                               end
                              end
                             end
                            end
                           end
                          end
                         end
                        end
                       end
                      end
                     end
                    end
                   end
                  end
                 end
                end
               end
              end
             end
            end
           end
          end
         end
        end
       end
      end
     end
    end
   end
  end
 end
end
print("nest_do", t)
local function nest_while(n)
  local cnt = 0
 local w0 = 0 while w0 < 2 do w0 = w0 + 1
  local w1 = 0 while w1 < 2 do w1 = w1 + 1
   local w2 = 0 while w2 < 2 do w2 = w2 + 1
    local w3 = 0 while w3 < 2 do w3 = w3 + 1
     local w4 = 0 while w4 < 2 do w4 = w4 + 1
      local w5 = 0 while w5 < 2 do w5 = w5 + 1
       local w6 = 0 while w6 < 2 do w6 = w6 + 1
        local w7 = 0 while w7 < 2 do w7 = w7 + 1
         while true do
          while true do
           while true do
            while true do
             while true do
              while true do
               while true do
                while true do
                 while true do
                  while true do
                   while true do
                    while true do
                     while true do
                      while true do
                       while true do
                        while true do
                         while true do
                          while true do
                           while true do
                            while true do
                             while true do
                              while true do
                               cnt = cnt + 1
                              break end
                             break end
                            break end
                           break end
                          break end
                         break end
                        break end
                       break end
                      break end
                     break end
                    break end
                   break end
                  break end
                 break end
                break end
               break end
              break end
             break end
            break end
           break end
          break end
         break end
        end
       end
      end
     end
    end
   end
  end
 end
  return cnt
end
print("nest_while", nest_while())
local function classify(x)
  if x == 0 then return "zero"
  elseif x == 1 then return "n1"
  elseif x == 2 then return "n2"
  elseif x == 3 then return "n3"
  elseif x == 4 then return "n4"
  elseif x == 5 then return "n5"
  elseif x == 6 then return "n6"
  elseif x == 7 then return "n7"
  elseif x == 8 then return "n8"
  elseif x == 9 then return "n9"
  elseif x == 10 then return "n10"
  elseif x == 11 then return "n11"
  elseif x == 12 then return "n12"
  elseif x == 13 then return "n13"
  elseif x == 14 then return "n14"
  elseif x == 15 then return "n15"
  elseif x == 16 then return "n16"
  elseif x == 17 then return "n17"
  elseif x == 18 then return "n18"
  elseif x == 19 then return "n19"
  elseif x == 20 then return "n20"
  elseif x == 21 then return "n21"
  elseif x == 22 then return "n22"
  elseif x == 23 then return "n23"
  elseif x == 24 then return "n24"
  elseif x == 25 then return "n25"
  elseif x == 26 then return "n26"
  elseif x == 27 then return "n27"
  elseif x == 28 then return "n28"
  elseif x == 29 then return "n29"
  elseif x == 30 then return "n30"
  elseif x == 31 then return "n31"
  elseif x == 32 then return "n32"
  elseif x == 33 then return "n33"
  elseif x == 34 then return "n34"
  elseif x == 35 then return "n35"
  elseif x == 36 then return "n36"
  elseif x == 37 then return "n37"
  elseif x == 38 then return "n38"
  elseif x == 39 then return "n39"
  elseif x == 40 then return "n40"
  elseif x == 41 then return "n41"
  elseif x == 42 then return "n42"
  elseif x == 43 then return "n43"
  elseif x == 44 then return "n44"
  elseif x == 45 then return "n45"
  elseif x == 46 then return "n46"
  elseif x == 47 then return "n47"
  elseif x == 48 then return "n48"
  elseif x == 49 then return "n49"
  elseif x == 50 then return "n50"
  elseif x == 51 then return "n51"
  elseif x == 52 then return "n52"
  elseif x == 53 then return "n53"
  elseif x == 54 then return "n54"
  elseif x == 55 then return "n55"
  elseif x == 56 then return "n56"
  elseif x == 57 then return "n57"
  elseif x == 58 then return "n58"
  elseif x == 59 then return "n59"
  elseif x == 60 then return "n60"
  elseif x == 61 then return "n61"
  elseif x == 62 then return "n62"
  elseif x == 63 then return "n63"
  elseif x == 64 then return "n64"
  elseif x == 65 then return "n65"
  elseif x == 66 then return "n66"
  elseif x == 67 then return "n67"
  elseif x == 68 then return "n68"
  elseif x == 69 then return "n69"
  elseif x == 70 then return "n70"
  elseif x == 71 then return "n71"
  elseif x == 72 then return "n72"
  elseif x == 73 then return "n73"
  elseif x == 74 then return "n74"
  elseif x == 75 then return "n75"
  elseif x == 76 then return "n76"
  elseif x == 77 then return "n77"
  elseif x == 78 then return "n78"
  elseif x == 79 then return "n79"
  elseif x == 80 then return "n80"
  elseif x == 81 then return "n81"
  elseif x == 82 then return "n82"
  elseif x == 83 then return "n83"
  elseif x == 84 then return "n84"
  elseif x == 85 then return "n85"
  elseif x == 86 then return "n86"
  elseif x == 87 then return "n87"
  elseif x == 88 then return "n88"
  elseif x == 89 then return "n89"
  elseif x == 90 then return "n90"
  elseif x == 91 then return "n91"
  elseif x == 92 then return "n92"
  elseif x == 93 then return "n93"
  elseif x == 94 then return "n94"
  elseif x == 95 then return "n95"
  elseif x == 96 then return "n96"
  elseif x == 97 then return "n97"
  elseif x == 98 then return "n98"
  elseif x == 99 then return "n99"
  elseif x == 100 then return "n100"
  elseif x == 101 then return "n101"
  elseif x == 102 then return "n102"
  elseif x == 103 then return "n103"
  elseif x == 104 then return "n104"
  elseif x == 105 then return "n105"
  elseif x == 106 then return "n106"
  elseif x == 107 then return "n107"
  elseif x == 108 then return "n108"
  elseif x == 109 then return "n109"
  elseif x == 110 then return "n110"
  elseif x == 111 then return "n111"
  elseif x == 112 then return "n112"
  elseif x == 113 then return "n113"
  elseif x == 114 then return "n114"
  elseif x == 115 then return "n115"
  elseif x == 116 then return "n116"
  elseif x == 117 then return "n117"
  elseif x == 118 then return "n118"
  elseif x == 119 then return "n119"
  elseif x == 120 then return "n120"
  elseif x == 121 then return "n121"
  elseif x == 122 then return "n122"
  elseif x == 123 then return "n123"
  elseif x == 124 then return "n124"
  elseif x == 125 then return "n125"
  elseif x == 126 then return "n126"
  elseif x == 127 then return "n127"
  elseif x == 128 then return "n128"
  elseif x == 129 then return "n129"
  elseif x == 130 then return "n130"
  elseif x == 131 then return "n131"
  elseif x == 132 then return "n132"
  elseif x == 133 then return "n133"
  elseif x == 134 then return "n134"
  elseif x == 135 then return "n135"
  elseif x == 136 then return "n136"
  elseif x == 137 then return "n137"
  elseif x == 138 then return "n138"
  elseif x == 139 then return "n139"
  elseif x == 140 then return "n140"
  elseif x == 141 then return "n141"
  elseif x == 142 then return "n142"
  elseif x == 143 then return "n143"
  elseif x == 144 then return "n144"
  elseif x == 145 then return "n145"
  elseif x == 146 then return "n146"
  elseif x == 147 then return "n147"
  elseif x == 148 then return "n148"
  elseif x == 149 then return "n149"
  elseif x == 150 then return "n150"
  elseif x == 151 then return "n151"
  elseif x == 152 then return "n152"
  elseif x == 153 then return "n153"
  elseif x == 154 then return "n154"
  elseif x == 155 then return "n155"
  elseif x == 156 then return "n156"
  elseif x == 157 then return "n157"
  elseif x == 158 then return "n158"
  elseif x == 159 then return "n159"
  elseif x == 160 then return "n160"
  elseif x == 161 then return "n161"
  elseif x == 162 then return "n162"
  elseif x == 163 then return "n163"
  elseif x == 164 then return "n164"
  elseif x == 165 then return "n165"
  elseif x == 166 then return "n166"
  elseif x == 167 then return "n167"
  elseif x == 168 then return "n168"
  elseif x == 169 then return "n169"
  elseif x == 170 then return "n170"
  elseif x == 171 then return "n171"
  elseif x == 172 then return "n172"
  elseif x == 173 then return "n173"
  elseif x == 174 then return "n174"
  elseif x == 175 then return "n175"
  elseif x == 176 then return "n176"
  elseif x == 177 then return "n177"
  elseif x == 178 then return "n178"
  elseif x == 179 then return "n179"
  elseif x == 180 then return "n180"
  elseif x == 181 then return "n181"
  elseif x == 182 then return "n182"
  elseif x == 183 then return "n183"
  elseif x == 184 then return "n184"
  elseif x == 185 then return "n185"
  elseif x == 186 then return "n186"
  elseif x == 187 then return "n187"
  elseif x == 188 then return "n188"
  elseif x == 189 then return "n189"
  elseif x == 190 then return "n190"
  elseif x == 191 then return "n191"
  elseif x == 192 then return "n192"
  elseif x == 193 then return "n193"
  elseif x == 194 then return "n194"
  elseif x == 195 then return "n195"
  elseif x == 196 then return "n196"
  elseif x == 197 then return "n197"
  elseif x == 198 then return "n198"
  elseif x == 199 then return "n199"
  elseif x == 200 then return "n200"
  elseif x == 201 then return "n201"
  elseif x == 202 then return "n202"
  elseif x == 203 then return "n203"
  elseif x == 204 then return "n204"
  elseif x == 205 then return "n205"
  elseif x == 206 then return "n206"
  elseif x == 207 then return "n207"
  elseif x == 208 then return "n208"
  elseif x == 209 then return "n209"
  elseif x == 210 then return "n210"
  elseif x == 211 then return "n211"
  elseif x == 212 then return "n212"
  elseif x == 213 then return "n213"
  elseif x == 214 then return "n214"
  elseif x == 215 then return "n215"
  elseif x == 216 then return "n216"
  elseif x == 217 then return "n217"
  elseif x == 218 then return "n218"
  elseif x == 219 then return "n219"
  elseif x == 220 then return "n220"
  elseif x == 221 then return "n221"
  elseif x == 222 then return "n222"
  elseif x == 223 then return "n223"
  elseif x == 224 then return "n224"
  elseif x == 225 then return "n225"
  elseif x == 226 then return "n226"
  elseif x == 227 then return "n227"
  elseif x == 228 then return "n228"
  elseif x == 229 then return "n229"
  elseif x == 230 then return "n230"
  elseif x == 231 then return "n231"
  elseif x == 232 then return "n232"
  elseif x == 233 then return "n233"
  elseif x == 234 then return "n234"
  elseif x == 235 then return "n235"
  elseif x == 236 then return "n236"
  elseif x == 237 then return "n237"
  elseif x == 238 then return "n238"
  elseif x == 239 then return "n239"
  elseif x == 240 then return "n240"
  elseif x == 241 then return "n241"
  elseif x == 242 then return "n242"
  elseif x == 243 then return "n243"
  elseif x == 244 then return "n244"
  elseif x == 245 then return "n245"
  elseif x == 246 then return "n246"
  elseif x == 247 then return "n247"
  elseif x == 248 then return "n248"
  elseif x == 249 then return "n249"
  elseif x == 250 then return "n250"
  elseif x == 251 then return "n251"
  elseif x == 252 then return "n252"
  elseif x == 253 then return "n253"
  elseif x == 254 then return "n254"
  elseif x == 255 then return "n255"
  elseif x == 256 then return "n256"
  elseif x == 257 then return "n257"
  elseif x == 258 then return "n258"
  elseif x == 259 then return "n259"
  elseif x == 260 then return "n260"
  elseif x == 261 then return "n261"
  elseif x == 262 then return "n262"
  elseif x == 263 then return "n263"
  elseif x == 264 then return "n264"
  elseif x == 265 then return "n265"
  elseif x == 266 then return "n266"
  elseif x == 267 then return "n267"
  elseif x == 268 then return "n268"
  elseif x == 269 then return "n269"
  elseif x == 270 then return "n270"
  elseif x == 271 then return "n271"
  elseif x == 272 then return "n272"
  elseif x == 273 then return "n273"
  elseif x == 274 then return "n274"
  elseif x == 275 then return "n275"
  elseif x == 276 then return "n276"
  elseif x == 277 then return "n277"
  elseif x == 278 then return "n278"
  elseif x == 279 then return "n279"
  elseif x == 280 then return "n280"
  elseif x == 281 then return "n281"
  elseif x == 282 then return "n282"
  elseif x == 283 then return "n283"
  elseif x == 284 then return "n284"
  elseif x == 285 then return "n285"
  elseif x == 286 then return "n286"
  elseif x == 287 then return "n287"
  elseif x == 288 then return "n288"
  elseif x == 289 then return "n289"
  elseif x == 290 then return "n290"
  elseif x == 291 then return "n291"
  elseif x == 292 then return "n292"
  elseif x == 293 then return "n293"
  elseif x == 294 then return "n294"
  elseif x == 295 then return "n295"
  elseif x == 296 then return "n296"
  elseif x == 297 then return "n297"
  elseif x == 298 then return "n298"
  elseif x == 299 then return "n299"
  else return "other" end
end
local k = 0
for i = 1, 6000 do k = k + #classify(i % 310) end
print("classify", classify(0), classify(299), classify(300), classify(150.0), k)
local function mk0(a0)
 return function(a1)
  return function(a2)
   return function(a3)
    return function(a4)
     return function(a5)
      return function(a6)
       return function(a7)
        return function(a8)
         return function(a9)
          return function(a10)
           return function(a11)
            return function(a12)
             return function(a13)
              return function(a14)
               return function(a15)
                return function(a16)
                 return function(a17)
                  return function(a18)
                   return function(a19)
                    return function(a20)
                     return function(a21)
                      return function(a22)
                       return function(a23)
                        return function(a24)
                         return function(a25)
                          return function(a26)
                           return function(a27)
                            return function(a28)
                             return function(a29)
                              return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20 + a21 + a22 + a23 + a24 + a25 + a26 + a27 + a28 + a29
                             end
                            end
                           end
                          end
                         end
                        end
                       end
                      end
                     end
                    end
                   end
                  end
                 end
                end
               end
              end
             end
            end
           end
          end
         end
        end
       end
      end
     end
    end
   end
  end
 end
end
print("closures", mk0(0)(1)(2)(3)(4)(5)(6)(7)(8)(9)(10)(11)(12)(13)(14)(15)(16)(17)(18)(19)(20)(21)(22)(23)(24)(25)(26)(27)(28)(29))
