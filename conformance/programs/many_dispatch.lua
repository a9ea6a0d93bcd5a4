-- 300 local functions in 2 blocks selected by a binary-search dispatcher; hot, cold and never-called ones
local dispatch
do
  local d0
  do
    local function h0(x) return x + 0 end
    local function h1(x) return x * 1 % 9973 end
    local function h2(x) return ("2:" .. x):len() end
    local function h3(x) if x > 3 then return x - 3 else return 3 - x end end
    local function h4(x) return x + 4 end
    local function h5(x) return x * 5 % 9973 end
    local function h6(x) return ("6:" .. x):len() end
    local function h7(x) if x > 7 then return x - 7 else return 7 - x end end
    local function h8(x) return x + 8 end
    local function h9(x) return x * 9 % 9973 end
    local function h10(x) return ("10:" .. x):len() end
    local function h11(x) if x > 11 then return x - 11 else return 11 - x end end
    local function h12(x) return x + 12 end
    local function h13(x) return x * 13 % 9973 end
    local function h14(x) return ("14:" .. x):len() end
    local function h15(x) if x > 15 then return x - 15 else return 15 - x end end
    local function h16(x) return x + 16 end
    local function h17(x) return x * 17 % 9973 end
    local function h18(x) return ("18:" .. x):len() end
    local function h19(x) if x > 19 then return x - 19 else return 19 - x end end
    local function h20(x) return x + 20 end
    local function h21(x) return x * 21 % 9973 end
    local function h22(x) return ("22:" .. x):len() end
    local function h23(x) if x > 23 then return x - 23 else return 23 - x end end
    local function h24(x) return x + 24 end
    local function h25(x) return x * 25 % 9973 end
    local function h26(x) return ("26:" .. x):len() end
    local function h27(x) if x > 27 then return x - 27 else return 27 - x end end
    local function h28(x) return x + 28 end
    local function h29(x) return x * 29 % 9973 end
    local function h30(x) return ("30:" .. x):len() end
    local function h31(x) if x > 31 then return x - 31 else return 31 - x end end
    local function h32(x) return x + 32 end
    local function h33(x) return x * 33 % 9973 end
    local function h34(x) return ("34:" .. x):len() end
    local function h35(x) if x > 35 then return x - 35 else return 35 - x end end
    local function h36(x) return x + 36 end
    local function h37(x) return x * 37 % 9973 end
    local function h38(x) return ("38:" .. x):len() end
    local function h39(x) if x > 39 then return x - 39 else return 39 - x end end
    local function h40(x) return x + 40 end
    local function h41(x) return x * 41 % 9973 end
    local function h42(x) return ("42:" .. x):len() end
    local function h43(x) if x > 43 then return x - 43 else return 43 - x end end
    local function h44(x) return x + 44 end
    local function h45(x) return x * 45 % 9973 end
    local function h46(x) return ("46:" .. x):len() end
    local function h47(x) if x > 47 then return x - 47 else return 47 - x end end
    local function h48(x) return x + 48 end
    local function h49(x) return x * 49 % 9973 end
    local function h50(x) return ("50:" .. x):len() end
    local function h51(x) if x > 51 then return x - 51 else return 51 - x end end
    local function h52(x) return x + 52 end
    local function h53(x) return x * 53 % 9973 end
    local function h54(x) return ("54:" .. x):len() end
    local function h55(x) if x > 55 then return x - 55 else return 55 - x end end
    local function h56(x) return x + 56 end
    local function h57(x) return x * 57 % 9973 end
    local function h58(x) return ("58:" .. x):len() end
    local function h59(x) if x > 59 then return x - 59 else return 59 - x end end
    local function h60(x) return x + 60 end
    local function h61(x) return x * 61 % 9973 end
    local function h62(x) return ("62:" .. x):len() end
    local function h63(x) if x > 63 then return x - 63 else return 63 - x end end
    local function h64(x) return x + 64 end
    local function h65(x) return x * 65 % 9973 end
    local function h66(x) return ("66:" .. x):len() end
    local function h67(x) if x > 67 then return x - 67 else return 67 - x end end
    local function h68(x) return x + 68 end
    local function h69(x) return x * 69 % 9973 end
    local function h70(x) return ("70:" .. x):len() end
    local function h71(x) if x > 71 then return x - 71 else return 71 - x end end
    local function h72(x) return x + 72 end
    local function h73(x) return x * 73 % 9973 end
    local function h74(x) return ("74:" .. x):len() end
    local function h75(x) if x > 75 then return x - 75 else return 75 - x end end
    local function h76(x) return x + 76 end
    local function h77(x) return x * 77 % 9973 end
    local function h78(x) return ("78:" .. x):len() end
    local function h79(x) if x > 79 then return x - 79 else return 79 - x end end
    local function h80(x) return x + 80 end
    local function h81(x) return x * 81 % 9973 end
    local function h82(x) return ("82:" .. x):len() end
    local function h83(x) if x > 83 then return x - 83 else return 83 - x end end
    local function h84(x) return x + 84 end
    local function h85(x) return x * 85 % 9973 end
    local function h86(x) return ("86:" .. x):len() end
    local function h87(x) if x > 87 then return x - 87 else return 87 - x end end
    local function h88(x) return x + 88 end
    local function h89(x) return x * 89 % 9973 end
    local function h90(x) return ("90:" .. x):len() end
    local function h91(x) if x > 91 then return x - 91 else return 91 - x end end
    local function h92(x) return x + 92 end
    local function h93(x) return x * 93 % 9973 end
    local function h94(x) return ("94:" .. x):len() end
    local function h95(x) if x > 95 then return x - 95 else return 95 - x end end
    local function h96(x) return x + 96 end
    local function h97(x) return x * 97 % 9973 end
    local function h98(x) return ("98:" .. x):len() end
    local function h99(x) if x > 99 then return x - 99 else return 99 - x end end
    local function h100(x) return x + 100 end
    local function h101(x) return x * 101 % 9973 end
    local function h102(x) return ("102:" .. x):len() end
    local function h103(x) if x > 103 then return x - 103 else return 103 - x end end
    local function h104(x) return x + 104 end
    local function h105(x) return x * 105 % 9973 end
    local function h106(x) return ("106:" .. x):len() end
    local function h107(x) if x > 107 then return x - 107 else return 107 - x end end
    local function h108(x) return x + 108 end
    local function h109(x) return x * 109 % 9973 end
    local function h110(x) return ("110:" .. x):len() end
    local function h111(x) if x > 111 then return x - 111 else return 111 - x end end
    local function h112(x) return x + 112 end
    local function h113(x) return x * 113 % 9973 end
    local function h114(x) return ("114:" .. x):len() end
    local function h115(x) if x > 115 then return x - 115 else return 115 - x end end
    local function h116(x) return x + 116 end
    local function h117(x) return x * 117 % 9973 end
    local function h118(x) return ("118:" .. x):len() end
    local function h119(x) if x > 119 then return x - 119 else return 119 - x end end
    local function h120(x) return x + 120 end
    local function h121(x) return x * 121 % 9973 end
    local function h122(x) return ("122:" .. x):len() end
    local function h123(x) if x > 123 then return x - 123 else return 123 - x end end
    local function h124(x) return x + 124 end
    local function h125(x) return x * 125 % 9973 end
    local function h126(x) return ("126:" .. x):len() end
    local function h127(x) if x > 127 then return x - 127 else return 127 - x end end
    local function h128(x) return x + 128 end
    local function h129(x) return x * 129 % 9973 end
    local function h130(x) return ("130:" .. x):len() end
    local function h131(x) if x > 131 then return x - 131 else return 131 - x end end
    local function h132(x) return x + 132 end
    local function h133(x) return x * 133 % 9973 end
    local function h134(x) return ("134:" .. x):len() end
    local function h135(x) if x > 135 then return x - 135 else return 135 - x end end
    local function h136(x) return x + 136 end
    local function h137(x) return x * 137 % 9973 end
    local function h138(x) return ("138:" .. x):len() end
    local function h139(x) if x > 139 then return x - 139 else return 139 - x end end
    local function h140(x) return x + 140 end
    local function h141(x) return x * 141 % 9973 end
    local function h142(x) return ("142:" .. x):len() end
    local function h143(x) if x > 143 then return x - 143 else return 143 - x end end
    local function h144(x) return x + 144 end
    local function h145(x) return x * 145 % 9973 end
    local function h146(x) return ("146:" .. x):len() end
    local function h147(x) if x > 147 then return x - 147 else return 147 - x end end
    local function h148(x) return x + 148 end
    local function h149(x) return x * 149 % 9973 end
    d0 = function(k, x)
      if k < 75 then
        if k < 37 then
          if k < 18 then
            if k < 9 then
              if k < 4 then
                if k < 2 then
                  if k < 1 then
                    return h0(x)
                  else
                    return h1(x)
                  end
                else
                  if k < 3 then
                    return h2(x)
                  else
                    return h3(x)
                  end
                end
              else
                if k < 6 then
                  if k < 5 then
                    return h4(x)
                  else
                    return h5(x)
                  end
                else
                  if k < 7 then
                    return h6(x)
                  else
                    if k < 8 then
                      return h7(x)
                    else
                      return h8(x)
                    end
                  end
                end
              end
            else
              if k < 13 then
                if k < 11 then
                  if k < 10 then
                    return h9(x)
                  else
                    return h10(x)
                  end
                else
                  if k < 12 then
                    return h11(x)
                  else
                    return h12(x)
                  end
                end
              else
                if k < 15 then
                  if k < 14 then
                    return h13(x)
                  else
                    return h14(x)
                  end
                else
                  if k < 16 then
                    return h15(x)
                  else
                    if k < 17 then
                      return h16(x)
                    else
                      return h17(x)
                    end
                  end
                end
              end
            end
          else
            if k < 27 then
              if k < 22 then
                if k < 20 then
                  if k < 19 then
                    return h18(x)
                  else
                    return h19(x)
                  end
                else
                  if k < 21 then
                    return h20(x)
                  else
                    return h21(x)
                  end
                end
              else
                if k < 24 then
                  if k < 23 then
                    return h22(x)
                  else
                    return h23(x)
                  end
                else
                  if k < 25 then
                    return h24(x)
                  else
                    if k < 26 then
                      return h25(x)
                    else
                      return h26(x)
                    end
                  end
                end
              end
            else
              if k < 32 then
                if k < 29 then
                  if k < 28 then
                    return h27(x)
                  else
                    return h28(x)
                  end
                else
                  if k < 30 then
                    return h29(x)
                  else
                    if k < 31 then
                      return h30(x)
                    else
                      return h31(x)
                    end
                  end
                end
              else
                if k < 34 then
                  if k < 33 then
                    return h32(x)
                  else
                    return h33(x)
                  end
                else
                  if k < 35 then
                    return h34(x)
                  else
                    if k < 36 then
                      return h35(x)
                    else
                      return h36(x)
                    end
                  end
                end
              end
            end
          end
        else
          if k < 56 then
            if k < 46 then
              if k < 41 then
                if k < 39 then
                  if k < 38 then
                    return h37(x)
                  else
                    return h38(x)
                  end
                else
                  if k < 40 then
                    return h39(x)
                  else
                    return h40(x)
                  end
                end
              else
                if k < 43 then
                  if k < 42 then
                    return h41(x)
                  else
                    return h42(x)
                  end
                else
                  if k < 44 then
                    return h43(x)
                  else
                    if k < 45 then
                      return h44(x)
                    else
                      return h45(x)
                    end
                  end
                end
              end
            else
              if k < 51 then
                if k < 48 then
                  if k < 47 then
                    return h46(x)
                  else
                    return h47(x)
                  end
                else
                  if k < 49 then
                    return h48(x)
                  else
                    if k < 50 then
                      return h49(x)
                    else
                      return h50(x)
                    end
                  end
                end
              else
                if k < 53 then
                  if k < 52 then
                    return h51(x)
                  else
                    return h52(x)
                  end
                else
                  if k < 54 then
                    return h53(x)
                  else
                    if k < 55 then
                      return h54(x)
                    else
                      return h55(x)
                    end
                  end
                end
              end
            end
          else
            if k < 65 then
              if k < 60 then
                if k < 58 then
                  if k < 57 then
                    return h56(x)
                  else
                    return h57(x)
                  end
                else
                  if k < 59 then
                    return h58(x)
                  else
                    return h59(x)
                  end
                end
              else
                if k < 62 then
                  if k < 61 then
                    return h60(x)
                  else
                    return h61(x)
                  end
                else
                  if k < 63 then
                    return h62(x)
                  else
                    if k < 64 then
                      return h63(x)
                    else
                      return h64(x)
                    end
                  end
                end
              end
            else
              if k < 70 then
                if k < 67 then
                  if k < 66 then
                    return h65(x)
                  else
                    return h66(x)
                  end
                else
                  if k < 68 then
                    return h67(x)
                  else
                    if k < 69 then
                      return h68(x)
                    else
                      return h69(x)
                    end
                  end
                end
              else
                if k < 72 then
                  if k < 71 then
                    return h70(x)
                  else
                    return h71(x)
                  end
                else
                  if k < 73 then
                    return h72(x)
                  else
                    if k < 74 then
                      return h73(x)
                    else
                      return h74(x)
                    end
                  end
                end
              end
            end
          end
        end
      else
        if k < 112 then
          if k < 93 then
            if k < 84 then
              if k < 79 then
                if k < 77 then
                  if k < 76 then
                    return h75(x)
                  else
                    return h76(x)
                  end
                else
                  if k < 78 then
                    return h77(x)
                  else
                    return h78(x)
                  end
                end
              else
                if k < 81 then
                  if k < 80 then
                    return h79(x)
                  else
                    return h80(x)
                  end
                else
                  if k < 82 then
                    return h81(x)
                  else
                    if k < 83 then
                      return h82(x)
                    else
                      return h83(x)
                    end
                  end
                end
              end
            else
              if k < 88 then
                if k < 86 then
                  if k < 85 then
                    return h84(x)
                  else
                    return h85(x)
                  end
                else
                  if k < 87 then
                    return h86(x)
                  else
                    return h87(x)
                  end
                end
              else
                if k < 90 then
                  if k < 89 then
                    return h88(x)
                  else
                    return h89(x)
                  end
                else
                  if k < 91 then
                    return h90(x)
                  else
                    if k < 92 then
                      return h91(x)
                    else
                      return h92(x)
                    end
                  end
                end
              end
            end
          else
            if k < 102 then
              if k < 97 then
                if k < 95 then
                  if k < 94 then
                    return h93(x)
                  else
                    return h94(x)
                  end
                else
                  if k < 96 then
                    return h95(x)
                  else
                    return h96(x)
                  end
                end
              else
                if k < 99 then
                  if k < 98 then
                    return h97(x)
                  else
                    return h98(x)
                  end
                else
                  if k < 100 then
                    return h99(x)
                  else
                    if k < 101 then
                      return h100(x)
                    else
                      return h101(x)
                    end
                  end
                end
              end
            else
              if k < 107 then
                if k < 104 then
                  if k < 103 then
                    return h102(x)
                  else
                    return h103(x)
                  end
                else
                  if k < 105 then
                    return h104(x)
                  else
                    if k < 106 then
                      return h105(x)
                    else
                      return h106(x)
                    end
                  end
                end
              else
                if k < 109 then
                  if k < 108 then
                    return h107(x)
                  else
                    return h108(x)
                  end
                else
                  if k < 110 then
                    return h109(x)
                  else
                    if k < 111 then
                      return h110(x)
                    else
                      return h111(x)
                    end
                  end
                end
              end
            end
          end
        else
          if k < 131 then
            if k < 121 then
              if k < 116 then
                if k < 114 then
                  if k < 113 then
                    return h112(x)
                  else
                    return h113(x)
                  end
                else
                  if k < 115 then
                    return h114(x)
                  else
                    return h115(x)
                  end
                end
              else
                if k < 118 then
                  if k < 117 then
                    return h116(x)
                  else
                    return h117(x)
                  end
                else
                  if k < 119 then
                    return h118(x)
                  else
                    if k < 120 then
                      return h119(x)
                    else
                      return h120(x)
                    end
                  end
                end
              end
            else
              if k < 126 then
                if k < 123 then
                  if k < 122 then
                    return h121(x)
                  else
                    return h122(x)
                  end
                else
                  if k < 124 then
                    return h123(x)
                  else
                    if k < 125 then
                      return h124(x)
                    else
                      return h125(x)
                    end
                  end
                end
              else
                if k < 128 then
                  if k < 127 then
                    return h126(x)
                  else
                    return h127(x)
                  end
                else
                  if k < 129 then
                    return h128(x)
                  else
                    if k < 130 then
                      return h129(x)
                    else
                      return h130(x)
                    end
                  end
                end
              end
            end
          else
            if k < 140 then
              if k < 135 then
                if k < 133 then
                  if k < 132 then
                    return h131(x)
                  else
                    return h132(x)
                  end
                else
                  if k < 134 then
                    return h133(x)
                  else
                    return h134(x)
                  end
                end
              else
                if k < 137 then
                  if k < 136 then
                    return h135(x)
                  else
                    return h136(x)
                  end
                else
                  if k < 138 then
                    return h137(x)
                  else
                    if k < 139 then
                      return h138(x)
                    else
                      return h139(x)
                    end
                  end
                end
              end
            else
              if k < 145 then
                if k < 142 then
                  if k < 141 then
                    return h140(x)
                  else
                    return h141(x)
                  end
                else
                  if k < 143 then
                    return h142(x)
                  else
                    if k < 144 then
                      return h143(x)
                    else
                      return h144(x)
                    end
                  end
                end
              else
                if k < 147 then
                  if k < 146 then
                    return h145(x)
                  else
                    return h146(x)
                  end
                else
                  if k < 148 then
                    return h147(x)
                  else
                    if k < 149 then
                      return h148(x)
                    else
                      return h149(x)
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
  local d1
  do
    local function h150(x) return ("150:" .. x):len() end
    local function h151(x) if x > 151 then return x - 151 else return 151 - x end end
    local function h152(x) return x + 152 end
    local function h153(x) return x * 153 % 9973 end
    local function h154(x) return ("154:" .. x):len() end
    local function h155(x) if x > 155 then return x - 155 else return 155 - x end end
    local function h156(x) return x + 156 end
    local function h157(x) return x * 157 % 9973 end
    local function h158(x) return ("158:" .. x):len() end
    local function h159(x) if x > 159 then return x - 159 else return 159 - x end end
    local function h160(x) return x + 160 end
    local function h161(x) return x * 161 % 9973 end
    local function h162(x) return ("162:" .. x):len() end
    local function h163(x) if x > 163 then return x - 163 else return 163 - x end end
    local function h164(x) return x + 164 end
    local function h165(x) return x * 165 % 9973 end
    local function h166(x) return ("166:" .. x):len() end
    local function h167(x) if x > 167 then return x - 167 else return 167 - x end end
    local function h168(x) return x + 168 end
    local function h169(x) return x * 169 % 9973 end
    local function h170(x) return ("170:" .. x):len() end
    local function h171(x) if x > 171 then return x - 171 else return 171 - x end end
    local function h172(x) return x + 172 end
    local function h173(x) return x * 173 % 9973 end
    local function h174(x) return ("174:" .. x):len() end
    local function h175(x) if x > 175 then return x - 175 else return 175 - x end end
    local function h176(x) return x + 176 end
    local function h177(x) return x * 177 % 9973 end
    local function h178(x) return ("178:" .. x):len() end
    local function h179(x) if x > 179 then return x - 179 else return 179 - x end end
    local function h180(x) return x + 180 end
    local function h181(x) return x * 181 % 9973 end
    local function h182(x) return ("182:" .. x):len() end
    local function h183(x) if x > 183 then return x - 183 else return 183 - x end end
    local function h184(x) return x + 184 end
    local function h185(x) return x * 185 % 9973 end
    local function h186(x) return ("186:" .. x):len() end
    local function h187(x) if x > 187 then return x - 187 else return 187 - x end end
    local function h188(x) return x + 188 end
    local function h189(x) return x * 189 % 9973 end
    local function h190(x) return ("190:" .. x):len() end
    local function h191(x) if x > 191 then return x - 191 else return 191 - x end end
    local function h192(x) return x + 192 end
    local function h193(x) return x * 193 % 9973 end
    local function h194(x) return ("194:" .. x):len() end
    local function h195(x) if x > 195 then return x - 195 else return 195 - x end end
    local function h196(x) return x + 196 end
    local function h197(x) return x * 197 % 9973 end
    local function h198(x) return ("198:" .. x):len() end
    local function h199(x) if x > 199 then return x - 199 else return 199 - x end end
    local function h200(x) return x + 200 end
    local function h201(x) return x * 201 % 9973 end
    local function h202(x) return ("202:" .. x):len() end
    local function h203(x) if x > 203 then return x - 203 else return 203 - x end end
    local function h204(x) return x + 204 end
    local function h205(x) return x * 205 % 9973 end
    local function h206(x) return ("206:" .. x):len() end
    local function h207(x) if x > 207 then return x - 207 else return 207 - x end end
    local function h208(x) return x + 208 end
    local function h209(x) return x * 209 % 9973 end
    local function h210(x) return ("210:" .. x):len() end
    local function h211(x) if x > 211 then return x - 211 else return 211 - x end end
    local function h212(x) return x + 212 end
    local function h213(x) return x * 213 % 9973 end
    local function h214(x) return ("214:" .. x):len() end
    local function h215(x) if x > 215 then return x - 215 else return 215 - x end end
    local function h216(x) return x + 216 end
    local function h217(x) return x * 217 % 9973 end
    local function h218(x) return ("218:" .. x):len() end
    local function h219(x) if x > 219 then return x - 219 else return 219 - x end end
    local function h220(x) return x + 220 end
    local function h221(x) return x * 221 % 9973 end
    local function h222(x) return ("222:" .. x):len() end
    local function h223(x) if x > 223 then return x - 223 else return 223 - x end end
    local function h224(x) return x + 224 end
    local function h225(x) return x * 225 % 9973 end
    local function h226(x) return ("226:" .. x):len() end
    local function h227(x) if x > 227 then return x - 227 else return 227 - x end end
    local function h228(x) return x + 228 end
    local function h229(x) return x * 229 % 9973 end
    local function h230(x) return ("230:" .. x):len() end
    local function h231(x) if x > 231 then return x - 231 else return 231 - x end end
    local function h232(x) return x + 232 end
    local function h233(x) return x * 233 % 9973 end
    local function h234(x) return ("234:" .. x):len() end
    local function h235(x) if x > 235 then return x - 235 else return 235 - x end end
    local function h236(x) return x + 236 end
    local function h237(x) return x * 237 % 9973 end
    local function h238(x) return ("238:" .. x):len() end
    local function h239(x) if x > 239 then return x - 239 else return 239 - x end end
    local function h240(x) return x + 240 end
    local function h241(x) return x * 241 % 9973 end
    local function h242(x) return ("242:" .. x):len() end
    local function h243(x) if x > 243 then return x - 243 else return 243 - x end end
    local function h244(x) return x + 244 end
    local function h245(x) return x * 245 % 9973 end
    local function h246(x) return ("246:" .. x):len() end
    local function h247(x) if x > 247 then return x - 247 else return 247 - x end end
    local function h248(x) return x + 248 end
    local function h249(x) return x * 249 % 9973 end
    local function h250(x) return ("250:" .. x):len() end
    local function h251(x) if x > 251 then return x - 251 else return 251 - x end end
    local function h252(x) return x + 252 end
    local function h253(x) return x * 253 % 9973 end
    local function h254(x) return ("254:" .. x):len() end
    local function h255(x) if x > 255 then return x - 255 else return 255 - x end end
    local function h256(x) return x + 256 end
    local function h257(x) return x * 257 % 9973 end
    local function h258(x) return ("258:" .. x):len() end
    local function h259(x) if x > 259 then return x - 259 else return 259 - x end end
    local function h260(x) return x + 260 end
    local function h261(x) return x * 261 % 9973 end
    local function h262(x) return ("262:" .. x):len() end
    local function h263(x) if x > 263 then return x - 263 else return 263 - x end end
    local function h264(x) return x + 264 end
    local function h265(x) return x * 265 % 9973 end
    local function h266(x) return ("266:" .. x):len() end
    local function h267(x) if x > 267 then return x - 267 else return 267 - x end end
    local function h268(x) return x + 268 end
    local function h269(x) return x * 269 % 9973 end
    local function h270(x) return ("270:" .. x):len() end
    local function h271(x) if x > 271 then return x - 271 else return 271 - x end end
    local function h272(x) return x + 272 end
    local function h273(x) return x * 273 % 9973 end
    local function h274(x) return ("274:" .. x):len() end
    local function h275(x) if x > 275 then return x - 275 else return 275 - x end end
    local function h276(x) return x + 276 end
    local function h277(x) return x * 277 % 9973 end
    local function h278(x) return ("278:" .. x):len() end
    local function h279(x) if x > 279 then return x - 279 else return 279 - x end end
    local function h280(x) return x + 280 end
    local function h281(x) return x * 281 % 9973 end
    local function h282(x) return ("282:" .. x):len() end
    local function h283(x) if x > 283 then return x - 283 else return 283 - x end end
    local function h284(x) return x + 284 end
    local function h285(x) return x * 285 % 9973 end
    local function h286(x) return ("286:" .. x):len() end
    local function h287(x) if x > 287 then return x - 287 else return 287 - x end end
    local function h288(x) return x + 288 end
    local function h289(x) return x * 289 % 9973 end
    local function h290(x) return ("290:" .. x):len() end
    local function h291(x) if x > 291 then return x - 291 else return 291 - x end end
    local function h292(x) return x + 292 end
    local function h293(x) return x * 293 % 9973 end
    local function h294(x) return ("294:" .. x):len() end
    local function h295(x) if x > 295 then return x - 295 else return 295 - x end end
    local function h296(x) return x + 296 end
    local function h297(x) return x * 297 % 9973 end
    local function h298(x) return ("298:" .. x):len() end
    local function h299(x) if x > 299 then return x - 299 else return 299 - x end end
    d1 = function(k, x)
      if k < 225 then
        if k < 187 then
          if k < 168 then
            if k < 159 then
              if k < 154 then
                if k < 152 then
                  if k < 151 then
                    return h150(x)
                  else
                    return h151(x)
                  end
                else
                  if k < 153 then
                    return h152(x)
                  else
                    return h153(x)
                  end
                end
              else
                if k < 156 then
                  if k < 155 then
                    return h154(x)
                  else
                    return h155(x)
                  end
                else
                  if k < 157 then
                    return h156(x)
                  else
                    if k < 158 then
                      return h157(x)
                    else
                      return h158(x)
                    end
                  end
                end
              end
            else
              if k < 163 then
                if k < 161 then
                  if k < 160 then
                    return h159(x)
                  else
                    return h160(x)
                  end
                else
                  if k < 162 then
                    return h161(x)
                  else
                    return h162(x)
                  end
                end
              else
                if k < 165 then
                  if k < 164 then
                    return h163(x)
                  else
                    return h164(x)
                  end
                else
                  if k < 166 then
                    return h165(x)
                  else
                    if k < 167 then
                      return h166(x)
                    else
                      return h167(x)
                    end
                  end
                end
              end
            end
          else
            if k < 177 then
              if k < 172 then
                if k < 170 then
                  if k < 169 then
                    return h168(x)
                  else
                    return h169(x)
                  end
                else
                  if k < 171 then
                    return h170(x)
                  else
                    return h171(x)
                  end
                end
              else
                if k < 174 then
                  if k < 173 then
                    return h172(x)
                  else
                    return h173(x)
                  end
                else
                  if k < 175 then
                    return h174(x)
                  else
                    if k < 176 then
                      return h175(x)
                    else
                      return h176(x)
                    end
                  end
                end
              end
            else
              if k < 182 then
                if k < 179 then
                  if k < 178 then
                    return h177(x)
                  else
                    return h178(x)
                  end
                else
                  if k < 180 then
                    return h179(x)
                  else
                    if k < 181 then
                      return h180(x)
                    else
                      return h181(x)
                    end
                  end
                end
              else
                if k < 184 then
                  if k < 183 then
                    return h182(x)
                  else
                    return h183(x)
                  end
                else
                  if k < 185 then
                    return h184(x)
                  else
                    if k < 186 then
                      return h185(x)
                    else
                      return h186(x)
                    end
                  end
                end
              end
            end
          end
        else
          if k < 206 then
            if k < 196 then
              if k < 191 then
                if k < 189 then
                  if k < 188 then
                    return h187(x)
                  else
                    return h188(x)
                  end
                else
                  if k < 190 then
                    return h189(x)
                  else
                    return h190(x)
                  end
                end
              else
                if k < 193 then
                  if k < 192 then
                    return h191(x)
                  else
                    return h192(x)
                  end
                else
                  if k < 194 then
                    return h193(x)
                  else
                    if k < 195 then
                      return h194(x)
                    else
                      return h195(x)
                    end
                  end
                end
              end
            else
              if k < 201 then
                if k < 198 then
                  if k < 197 then
                    return h196(x)
                  else
                    return h197(x)
                  end
                else
                  if k < 199 then
                    return h198(x)
                  else
                    if k < 200 then
                      return h199(x)
                    else
                      return h200(x)
                    end
                  end
                end
              else
                if k < 203 then
                  if k < 202 then
                    return h201(x)
                  else
                    return h202(x)
                  end
                else
                  if k < 204 then
                    return h203(x)
                  else
                    if k < 205 then
                      return h204(x)
                    else
                      return h205(x)
                    end
                  end
                end
              end
            end
          else
            if k < 215 then
              if k < 210 then
                if k < 208 then
                  if k < 207 then
                    return h206(x)
                  else
                    return h207(x)
                  end
                else
                  if k < 209 then
                    return h208(x)
                  else
                    return h209(x)
                  end
                end
              else
                if k < 212 then
                  if k < 211 then
                    return h210(x)
                  else
                    return h211(x)
                  end
                else
                  if k < 213 then
                    return h212(x)
                  else
                    if k < 214 then
                      return h213(x)
                    else
                      return h214(x)
                    end
                  end
                end
              end
            else
              if k < 220 then
                if k < 217 then
                  if k < 216 then
                    return h215(x)
                  else
                    return h216(x)
                  end
                else
                  if k < 218 then
                    return h217(x)
                  else
                    if k < 219 then
                      return h218(x)
                    else
                      return h219(x)
                    end
                  end
                end
              else
                if k < 222 then
                  if k < 221 then
                    return h220(x)
                  else
                    return h221(x)
                  end
                else
                  if k < 223 then
                    return h222(x)
                  else
                    if k < 224 then
                      return h223(x)
                    else
                      return h224(x)
                    end
                  end
                end
              end
            end
          end
        end
      else
        if k < 262 then
          if k < 243 then
            if k < 234 then
              if k < 229 then
                if k < 227 then
                  if k < 226 then
                    return h225(x)
                  else
                    return h226(x)
                  end
                else
                  if k < 228 then
                    return h227(x)
                  else
                    return h228(x)
                  end
                end
              else
                if k < 231 then
                  if k < 230 then
                    return h229(x)
                  else
                    return h230(x)
                  end
                else
                  if k < 232 then
                    return h231(x)
                  else
                    if k < 233 then
                      return h232(x)
                    else
                      return h233(x)
                    end
                  end
                end
              end
            else
              if k < 238 then
                if k < 236 then
                  if k < 235 then
                    return h234(x)
                  else
                    return h235(x)
                  end
                else
                  if k < 237 then
                    return h236(x)
                  else
                    return h237(x)
                  end
                end
              else
                if k < 240 then
                  if k < 239 then
                    return h238(x)
                  else
                    return h239(x)
                  end
                else
                  if k < 241 then
                    return h240(x)
                  else
                    if k < 242 then
                      return h241(x)
                    else
                      return h242(x)
                    end
                  end
                end
              end
            end
          else
            if k < 252 then
              if k < 247 then
                if k < 245 then
                  if k < 244 then
                    return h243(x)
                  else
                    return h244(x)
                  end
                else
                  if k < 246 then
                    return h245(x)
                  else
                    return h246(x)
                  end
                end
              else
                if k < 249 then
                  if k < 248 then
                    return h247(x)
                  else
                    return h248(x)
                  end
                else
                  if k < 250 then
                    return h249(x)
                  else
                    if k < 251 then
                      return h250(x)
                    else
                      return h251(x)
                    end
                  end
                end
              end
            else
              if k < 257 then
                if k < 254 then
                  if k < 253 then
                    return h252(x)
                  else
                    return h253(x)
                  end
                else
                  if k < 255 then
                    return h254(x)
                  else
                    if k < 256 then
                      return h255(x)
                    else
                      return h256(x)
                    end
                  end
                end
              else
                if k < 259 then
                  if k < 258 then
                    return h257(x)
                  else
                    return h258(x)
                  end
                else
                  if k < 260 then
                    return h259(x)
                  else
                    if k < 261 then
                      return h260(x)
                    else
                      return h261(x)
                    end
                  end
                end
              end
            end
          end
        else
          if k < 281 then
            if k < 271 then
              if k < 266 then
                if k < 264 then
                  if k < 263 then
                    return h262(x)
                  else
                    return h263(x)
                  end
                else
                  if k < 265 then
                    return h264(x)
                  else
                    return h265(x)
                  end
                end
              else
                if k < 268 then
                  if k < 267 then
                    return h266(x)
                  else
                    return h267(x)
                  end
                else
                  if k < 269 then
                    return h268(x)
                  else
                    if k < 270 then
                      return h269(x)
                    else
                      return h270(x)
                    end
                  end
                end
              end
            else
              if k < 276 then
                if k < 273 then
                  if k < 272 then
                    return h271(x)
                  else
                    return h272(x)
                  end
                else
                  if k < 274 then
                    return h273(x)
                  else
                    if k < 275 then
                      return h274(x)
                    else
                      return h275(x)
                    end
                  end
                end
              else
                if k < 278 then
                  if k < 277 then
                    return h276(x)
                  else
                    return h277(x)
                  end
                else
                  if k < 279 then
                    return h278(x)
                  else
                    if k < 280 then
                      return h279(x)
                    else
                      return h280(x)
                    end
                  end
                end
              end
            end
          else
            if k < 290 then
              if k < 285 then
                if k < 283 then
                  if k < 282 then
                    return h281(x)
                  else
                    return h282(x)
                  end
                else
                  if k < 284 then
                    return h283(x)
                  else
                    return h284(x)
                  end
                end
              else
                if k < 287 then
                  if k < 286 then
                    return h285(x)
                  else
                    return h286(x)
                  end
                else
                  if k < 288 then
                    return h287(x)
                  else
                    if k < 289 then
                      return h288(x)
                    else
                      return h289(x)
                    end
                  end
                end
              end
            else
              if k < 295 then
                if k < 292 then
                  if k < 291 then
                    return h290(x)
                  else
                    return h291(x)
                  end
                else
                  if k < 293 then
                    return h292(x)
                  else
                    if k < 294 then
                      return h293(x)
                    else
                      return h294(x)
                    end
                  end
                end
              else
                if k < 297 then
                  if k < 296 then
                    return h295(x)
                  else
                    return h296(x)
                  end
                else
                  if k < 298 then
                    return h297(x)
                  else
                    if k < 299 then
                      return h298(x)
                    else
                      return h299(x)
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
  dispatch = function(k, x) if k < 150 then return d0(k, x) else return d1(k, x) end end
end
local s = 0
for i = 1, 6000 do s = s + dispatch(i % 17, i) end
print("hot 17", s)
s = 0
for k = 0, 299 do s = s + dispatch(k, k * 3) end
print("all once", s)
print("floats", dispatch(0, 0.5), dispatch(1, 2.5), dispatch(2, 1.5), dispatch(3, 0.25))
print("strings", dispatch(4, "10"), dispatch(6, "abc"))
print("before error")
print(dispatch(8, nil))
