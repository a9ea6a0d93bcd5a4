-- 1200 distinct numeric and string constants in one function
local function consts(x)
  local s, t = 0, ""
  s = s + 100000
  if x == "k0" then t = t .. "k0" end
  s = s - 1.5
  if x == 300001 then t = t .. "hit" end
  s = s + 100014
  if x == 300002 then t = t .. "hit" end
  s = s - 3.5
  if x == "k3" then t = t .. "k3" end
  s = s + 100028
  if x == 300004 then t = t .. "hit" end
  s = s - 5.5
  if x == 300005 then t = t .. "hit" end
  s = s + 100042
  if x == "k6" then t = t .. "k6" end
  s = s - 7.5
  if x == 300007 then t = t .. "hit" end
  s = s + 100056
  if x == 300008 then t = t .. "hit" end
  s = s - 9.5
  if x == "k9" then t = t .. "k9" end
  s = s + 100070
  if x == 300010 then t = t .. "hit" end
  s = s - 11.5
  if x == 300011 then t = t .. "hit" end
  s = s + 100084
  if x == "k12" then t = t .. "k12" end
  s = s - 13.5
  if x == 300013 then t = t .. "hit" end
  s = s + 100098
  if x == 300014 then t = t .. "hit" end
  s = s - 15.5
  if x == "k15" then t = t .. "k15" end
  s = s + 100112
  if x == 300016 then t = t .. "hit" end
  s = s - 17.5
  if x == 300017 then t = t .. "hit" end
  s = s + 100126
  if x == "k18" then t = t .. "k18" end
  s = s - 19.5
  if x == 300019 then t = t .. "hit" end
  s = s + 100140
  if x == 300020 then t = t .. "hit" end
  s = s - 21.5
  if x == "k21" then t = t .. "k21" end
  s = s + 100154
  if x == 300022 then t = t .. "hit" end
  s = s - 23.5
  if x == 300023 then t = t .. "hit" end
  s = s + 100168
  if x == "k24" then t = t .. "k24" end
  s = s - 25.5
  if x == 300025 then t = t .. "hit" end
  s = s + 100182
  if x == 300026 then t = t .. "hit" end
  s = s - 27.5
  if x == "k27" then t = t .. "k27" end
  s = s + 100196
  if x == 300028 then t = t .. "hit" end
  s = s - 29.5
  if x == 300029 then t = t .. "hit" end
  s = s + 100210
  if x == "k30" then t = t .. "k30" end
  s = s - 31.5
  if x == 300031 then t = t .. "hit" end
  s = s + 100224
  if x == 300032 then t = t .. "hit" end
  s = s - 33.5
  if x == "k33" then t = t .. "k33" end
  s = s + 100238
  if x == 300034 then t = t .. "hit" end
  s = s - 35.5
  if x == 300035 then t = t .. "hit" end
  s = s + 100252
  if x == "k36" then t = t .. "k36" end
  s = s - 37.5
  if x == 300037 then t = t .. "hit" end
  s = s + 100266
  if x == 300038 then t = t .. "hit" end
  s = s - 39.5
  if x == "k39" then t = t .. "k39" end
  s = s + 100280
  if x == 300040 then t = t .. "hit" end
  s = s - 41.5
  if x == 300041 then t = t .. "hit" end
  s = s + 100294
  if x == "k42" then t = t .. "k42" end
  s = s - 43.5
  if x == 300043 then t = t .. "hit" end
  s = s + 100308
  if x == 300044 then t = t .. "hit" end
  s = s - 45.5
  if x == "k45" then t = t .. "k45" end
  s = s + 100322
  if x == 300046 then t = t .. "hit" end
  s = s - 47.5
  if x == 300047 then t = t .. "hit" end
  s = s + 100336
  if x == "k48" then t = t .. "k48" end
  s = s - 49.5
  if x == 300049 then t = t .. "hit" end
  s = s + 100350
  if x == 300050 then t = t .. "hit" end
  s = s - 51.5
  if x == "k51" then t = t .. "k51" end
  s = s + 100364
  if x == 300052 then t = t .. "hit" end
  s = s - 53.5
  if x == 300053 then t = t .. "hit" end
  s = s + 100378
  if x == "k54" then t = t .. "k54" end
  s = s - 55.5
  if x == 300055 then t = t .. "hit" end
  s = s + 100392
  if x == 300056 then t = t .. "hit" end
  s = s - 57.5
  if x == "k57" then t = t .. "k57" end
  s = s + 100406
  if x == 300058 then t = t .. "hit" end
  s = s - 59.5
  if x == 300059 then t = t .. "hit" end
  s = s + 100420
  if x == "k60" then t = t .. "k60" end
  s = s - 61.5
  if x == 300061 then t = t .. "hit" end
  s = s + 100434
  if x == 300062 then t = t .. "hit" end
  s = s - 63.5
  if x == "k63" then t = t .. "k63" end
  s = s + 100448
  if x == 300064 then t = t .. "hit" end
  s = s - 65.5
  if x == 300065 then t = t .. "hit" end
  s = s + 100462
  if x == "k66" then t = t .. "k66" end
  s = s - 67.5
  if x == 300067 then t = t .. "hit" end
  s = s + 100476
  if x == 300068 then t = t .. "hit" end
  s = s - 69.5
  if x == "k69" then t = t .. "k69" end
  s = s + 100490
  if x == 300070 then t = t .. "hit" end
  s = s - 71.5
  if x == 300071 then t = t .. "hit" end
  s = s + 100504
  if x == "k72" then t = t .. "k72" end
  s = s - 73.5
  if x == 300073 then t = t .. "hit" end
  s = s + 100518
  if x == 300074 then t = t .. "hit" end
  s = s - 75.5
  if x == "k75" then t = t .. "k75" end
  s = s + 100532
  if x == 300076 then t = t .. "hit" end
  s = s - 77.5
  if x == 300077 then t = t .. "hit" end
  s = s + 100546
  if x == "k78" then t = t .. "k78" end
  s = s - 79.5
  if x == 300079 then t = t .. "hit" end
  s = s + 100560
  if x == 300080 then t = t .. "hit" end
  s = s - 81.5
  if x == "k81" then t = t .. "k81" end
  s = s + 100574
  if x == 300082 then t = t .. "hit" end
  s = s - 83.5
  if x == 300083 then t = t .. "hit" end
  s = s + 100588
  if x == "k84" then t = t .. "k84" end
  s = s - 85.5
  if x == 300085 then t = t .. "hit" end
  s = s + 100602
  if x == 300086 then t = t .. "hit" end
  s = s - 87.5
  if x == "k87" then t = t .. "k87" end
  s = s + 100616
  if x == 300088 then t = t .. "hit" end
  s = s - 89.5
  if x == 300089 then t = t .. "hit" end
  s = s + 100630
  if x == "k90" then t = t .. "k90" end
  s = s - 91.5
  if x == 300091 then t = t .. "hit" end
  s = s + 100644
  if x == 300092 then t = t .. "hit" end
  s = s - 93.5
  if x == "k93" then t = t .. "k93" end
  s = s + 100658
  if x == 300094 then t = t .. "hit" end
  s = s - 95.5
  if x == 300095 then t = t .. "hit" end
  s = s + 100672
  if x == "k96" then t = t .. "k96" end
  s = s - 97.5
  if x == 300097 then t = t .. "hit" end
  s = s + 100686
  if x == 300098 then t = t .. "hit" end
  s = s - 99.5
  if x == "k99" then t = t .. "k99" end
  s = s + 100700
  if x == 300100 then t = t .. "hit" end
  s = s - 101.5
  if x == 300101 then t = t .. "hit" end
  s = s + 100714
  if x == "k102" then t = t .. "k102" end
  s = s - 103.5
  if x == 300103 then t = t .. "hit" end
  s = s + 100728
  if x == 300104 then t = t .. "hit" end
  s = s - 105.5
  if x == "k105" then t = t .. "k105" end
  s = s + 100742
  if x == 300106 then t = t .. "hit" end
  s = s - 107.5
  if x == 300107 then t = t .. "hit" end
  s = s + 100756
  if x == "k108" then t = t .. "k108" end
  s = s - 109.5
  if x == 300109 then t = t .. "hit" end
  s = s + 100770
  if x == 300110 then t = t .. "hit" end
  s = s - 111.5
  if x == "k111" then t = t .. "k111" end
  s = s + 100784
  if x == 300112 then t = t .. "hit" end
  s = s - 113.5
  if x == 300113 then t = t .. "hit" end
  s = s + 100798
  if x == "k114" then t = t .. "k114" end
  s = s - 115.5
  if x == 300115 then t = t .. "hit" end
  s = s + 100812
  if x == 300116 then t = t .. "hit" end
  s = s - 117.5
  if x == "k117" then t = t .. "k117" end
  s = s + 100826
  if x == 300118 then t = t .. "hit" end
  s = s - 119.5
  if x == 300119 then t = t .. "hit" end
  s = s + 100840
  if x == "k120" then t = t .. "k120" end
  s = s - 121.5
  if x == 300121 then t = t .. "hit" end
  s = s + 100854
  if x == 300122 then t = t .. "hit" end
  s = s - 123.5
  if x == "k123" then t = t .. "k123" end
  s = s + 100868
  if x == 300124 then t = t .. "hit" end
  s = s - 125.5
  if x == 300125 then t = t .. "hit" end
  s = s + 100882
  if x == "k126" then t = t .. "k126" end
  s = s - 127.5
  if x == 300127 then t = t .. "hit" end
  s = s + 100896
  if x == 300128 then t = t .. "hit" end
  s = s - 129.5
  if x == "k129" then t = t .. "k129" end
  s = s + 100910
  if x == 300130 then t = t .. "hit" end
  s = s - 131.5
  if x == 300131 then t = t .. "hit" end
  s = s + 100924
  if x == "k132" then t = t .. "k132" end
  s = s - 133.5
  if x == 300133 then t = t .. "hit" end
  s = s + 100938
  if x == 300134 then t = t .. "hit" end
  s = s - 135.5
  if x == "k135" then t = t .. "k135" end
  s = s + 100952
  if x == 300136 then t = t .. "hit" end
  s = s - 137.5
  if x == 300137 then t = t .. "hit" end
  s = s + 100966
  if x == "k138" then t = t .. "k138" end
  s = s - 139.5
  if x == 300139 then t = t .. "hit" end
  s = s + 100980
  if x == 300140 then t = t .. "hit" end
  s = s - 141.5
  if x == "k141" then t = t .. "k141" end
  s = s + 100994
  if x == 300142 then t = t .. "hit" end
  s = s - 143.5
  if x == 300143 then t = t .. "hit" end
  s = s + 101008
  if x == "k144" then t = t .. "k144" end
  s = s - 145.5
  if x == 300145 then t = t .. "hit" end
  s = s + 101022
  if x == 300146 then t = t .. "hit" end
  s = s - 147.5
  if x == "k147" then t = t .. "k147" end
  s = s + 101036
  if x == 300148 then t = t .. "hit" end
  s = s - 149.5
  if x == 300149 then t = t .. "hit" end
  s = s + 101050
  if x == "k150" then t = t .. "k150" end
  s = s - 151.5
  if x == 300151 then t = t .. "hit" end
  s = s + 101064
  if x == 300152 then t = t .. "hit" end
  s = s - 153.5
  if x == "k153" then t = t .. "k153" end
  s = s + 101078
  if x == 300154 then t = t .. "hit" end
  s = s - 155.5
  if x == 300155 then t = t .. "hit" end
  s = s + 101092
  if x == "k156" then t = t .. "k156" end
  s = s - 157.5
  if x == 300157 then t = t .. "hit" end
  s = s + 101106
  if x == 300158 then t = t .. "hit" end
  s = s - 159.5
  if x == "k159" then t = t .. "k159" end
  s = s + 101120
  if x == 300160 then t = t .. "hit" end
  s = s - 161.5
  if x == 300161 then t = t .. "hit" end
  s = s + 101134
  if x == "k162" then t = t .. "k162" end
  s = s - 163.5
  if x == 300163 then t = t .. "hit" end
  s = s + 101148
  if x == 300164 then t = t .. "hit" end
  s = s - 165.5
  if x == "k165" then t = t .. "k165" end
  s = s + 101162
  if x == 300166 then t = t .. "hit" end
  s = s - 167.5
  if x == 300167 then t = t .. "hit" end
  s = s + 101176
  if x == "k168" then t = t .. "k168" end
  s = s - 169.5
  if x == 300169 then t = t .. "hit" end
  s = s + 101190
  if x == 300170 then t = t .. "hit" end
  s = s - 171.5
  if x == "k171" then t = t .. "k171" end
  s = s + 101204
  if x == 300172 then t = t .. "hit" end
  s = s - 173.5
  if x == 300173 then t = t .. "hit" end
  s = s + 101218
  if x == "k174" then t = t .. "k174" end
  s = s - 175.5
  if x == 300175 then t = t .. "hit" end
  s = s + 101232
  if x == 300176 then t = t .. "hit" end
  s = s - 177.5
  if x == "k177" then t = t .. "k177" end
  s = s + 101246
  if x == 300178 then t = t .. "hit" end
  s = s - 179.5
  if x == 300179 then t = t .. "hit" end
  s = s + 101260
  if x == "k180" then t = t .. "k180" end
  s = s - 181.5
  if x == 300181 then t = t .. "hit" end
  s = s + 101274
  if x == 300182 then t = t .. "hit" end
  s = s - 183.5
  if x == "k183" then t = t .. "k183" end
  s = s + 101288
  if x == 300184 then t = t .. "hit" end
  s = s - 185.5
  if x == 300185 then t = t .. "hit" end
  s = s + 101302
  if x == "k186" then t = t .. "k186" end
  s = s - 187.5
  if x == 300187 then t = t .. "hit" end
  s = s + 101316
  if x == 300188 then t = t .. "hit" end
  s = s - 189.5
  if x == "k189" then t = t .. "k189" end
  s = s + 101330
  if x == 300190 then t = t .. "hit" end
  s = s - 191.5
  if x == 300191 then t = t .. "hit" end
  s = s + 101344
  if x == "k192" then t = t .. "k192" end
  s = s - 193.5
  if x == 300193 then t = t .. "hit" end
  s = s + 101358
  if x == 300194 then t = t .. "hit" end
  s = s - 195.5
  if x == "k195" then t = t .. "k195" end
  s = s + 101372
  if x == 300196 then t = t .. "hit" end
  s = s - 197.5
  if x == 300197 then t = t .. "hit" end
  s = s + 101386
  if x == "k198" then t = t .. "k198" end
  s = s - 199.5
  if x == 300199 then t = t .. "hit" end
  s = s + 101400
  if x == 300200 then t = t .. "hit" end
  s = s - 201.5
  if x == "k201" then t = t .. "k201" end
  s = s + 101414
  if x == 300202 then t = t .. "hit" end
  s = s - 203.5
  if x == 300203 then t = t .. "hit" end
  s = s + 101428
  if x == "k204" then t = t .. "k204" end
  s = s - 205.5
  if x == 300205 then t = t .. "hit" end
  s = s + 101442
  if x == 300206 then t = t .. "hit" end
  s = s - 207.5
  if x == "k207" then t = t .. "k207" end
  s = s + 101456
  if x == 300208 then t = t .. "hit" end
  s = s - 209.5
  if x == 300209 then t = t .. "hit" end
  s = s + 101470
  if x == "k210" then t = t .. "k210" end
  s = s - 211.5
  if x == 300211 then t = t .. "hit" end
  s = s + 101484
  if x == 300212 then t = t .. "hit" end
  s = s - 213.5
  if x == "k213" then t = t .. "k213" end
  s = s + 101498
  if x == 300214 then t = t .. "hit" end
  s = s - 215.5
  if x == 300215 then t = t .. "hit" end
  s = s + 101512
  if x == "k216" then t = t .. "k216" end
  s = s - 217.5
  if x == 300217 then t = t .. "hit" end
  s = s + 101526
  if x == 300218 then t = t .. "hit" end
  s = s - 219.5
  if x == "k219" then t = t .. "k219" end
  s = s + 101540
  if x == 300220 then t = t .. "hit" end
  s = s - 221.5
  if x == 300221 then t = t .. "hit" end
  s = s + 101554
  if x == "k222" then t = t .. "k222" end
  s = s - 223.5
  if x == 300223 then t = t .. "hit" end
  s = s + 101568
  if x == 300224 then t = t .. "hit" end
  s = s - 225.5
  if x == "k225" then t = t .. "k225" end
  s = s + 101582
  if x == 300226 then t = t .. "hit" end
  s = s - 227.5
  if x == 300227 then t = t .. "hit" end
  s = s + 101596
  if x == "k228" then t = t .. "k228" end
  s = s - 229.5
  if x == 300229 then t = t .. "hit" end
  s = s + 101610
  if x == 300230 then t = t .. "hit" end
  s = s - 231.5
  if x == "k231" then t = t .. "k231" end
  s = s + 101624
  if x == 300232 then t = t .. "hit" end
  s = s - 233.5
  if x == 300233 then t = t .. "hit" end
  s = s + 101638
  if x == "k234" then t = t .. "k234" end
  s = s - 235.5
  if x == 300235 then t = t .. "hit" end
  s = s + 101652
  if x == 300236 then t = t .. "hit" end
  s = s - 237.5
  if x == "k237" then t = t .. "k237" end
  s = s + 101666
  if x == 300238 then t = t .. "hit" end
  s = s - 239.5
  if x == 300239 then t = t .. "hit" end
  s = s + 101680
  if x == "k240" then t = t .. "k240" end
  s = s - 241.5
  if x == 300241 then t = t .. "hit" end
  s = s + 101694
  if x == 300242 then t = t .. "hit" end
  s = s - 243.5
  if x == "k243" then t = t .. "k243" end
  s = s + 101708
  if x == 300244 then t = t .. "hit" end
  s = s - 245.5
  if x == 300245 then t = t .. "hit" end
  s = s + 101722
  if x == "k246" then t = t .. "k246" end
  s = s - 247.5
  if x == 300247 then t = t .. "hit" end
  s = s + 101736
  if x == 300248 then t = t .. "hit" end
  s = s - 249.5
  if x == "k249" then t = t .. "k249" end
  s = s + 101750
  if x == 300250 then t = t .. "hit" end
  s = s - 251.5
  if x == 300251 then t = t .. "hit" end
  s = s + 101764
  if x == "k252" then t = t .. "k252" end
  s = s - 253.5
  if x == 300253 then t = t .. "hit" end
  s = s + 101778
  if x == 300254 then t = t .. "hit" end
  s = s - 255.5
  if x == "k255" then t = t .. "k255" end
  s = s + 101792
  if x == 300256 then t = t .. "hit" end
  s = s - 257.5
  if x == 300257 then t = t .. "hit" end
  s = s + 101806
  if x == "k258" then t = t .. "k258" end
  s = s - 259.5
  if x == 300259 then t = t .. "hit" end
  s = s + 101820
  if x == 300260 then t = t .. "hit" end
  s = s - 261.5
  if x == "k261" then t = t .. "k261" end
  s = s + 101834
  if x == 300262 then t = t .. "hit" end
  s = s - 263.5
  if x == 300263 then t = t .. "hit" end
  s = s + 101848
  if x == "k264" then t = t .. "k264" end
  s = s - 265.5
  if x == 300265 then t = t .. "hit" end
  s = s + 101862
  if x == 300266 then t = t .. "hit" end
  s = s - 267.5
  if x == "k267" then t = t .. "k267" end
  s = s + 101876
  if x == 300268 then t = t .. "hit" end
  s = s - 269.5
  if x == 300269 then t = t .. "hit" end
  s = s + 101890
  if x == "k270" then t = t .. "k270" end
  s = s - 271.5
  if x == 300271 then t = t .. "hit" end
  s = s + 101904
  if x == 300272 then t = t .. "hit" end
  s = s - 273.5
  if x == "k273" then t = t .. "k273" end
  s = s + 101918
  if x == 300274 then t = t .. "hit" end
  s = s - 275.5
  if x == 300275 then t = t .. "hit" end
  s = s + 101932
  if x == "k276" then t = t .. "k276" end
  s = s - 277.5
  if x == 300277 then t = t .. "hit" end
  s = s + 101946
  if x == 300278 then t = t .. "hit" end
  s = s - 279.5
  if x == "k279" then t = t .. "k279" end
  s = s + 101960
  if x == 300280 then t = t .. "hit" end
  s = s - 281.5
  if x == 300281 then t = t .. "hit" end
  s = s + 101974
  if x == "k282" then t = t .. "k282" end
  s = s - 283.5
  if x == 300283 then t = t .. "hit" end
  s = s + 101988
  if x == 300284 then t = t .. "hit" end
  s = s - 285.5
  if x == "k285" then t = t .. "k285" end
  s = s + 102002
  if x == 300286 then t = t .. "hit" end
  s = s - 287.5
  if x == 300287 then t = t .. "hit" end
  s = s + 102016
  if x == "k288" then t = t .. "k288" end
  s = s - 289.5
  if x == 300289 then t = t .. "hit" end
  s = s + 102030
  if x == 300290 then t = t .. "hit" end
  s = s - 291.5
  if x == "k291" then t = t .. "k291" end
  s = s + 102044
  if x == 300292 then t = t .. "hit" end
  s = s - 293.5
  if x == 300293 then t = t .. "hit" end
  s = s + 102058
  if x == "k294" then t = t .. "k294" end
  s = s - 295.5
  if x == 300295 then t = t .. "hit" end
  s = s + 102072
  if x == 300296 then t = t .. "hit" end
  s = s - 297.5
  if x == "k297" then t = t .. "k297" end
  s = s + 102086
  if x == 300298 then t = t .. "hit" end
  s = s - 299.5
  if x == 300299 then t = t .. "hit" end
  s = s + 102100
  if x == "k300" then t = t .. "k300" end
  s = s - 301.5
  if x == 300301 then t = t .. "hit" end
  s = s + 102114
  if x == 300302 then t = t .. "hit" end
  s = s - 303.5
  if x == "k303" then t = t .. "k303" end
  s = s + 102128
  if x == 300304 then t = t .. "hit" end
  s = s - 305.5
  if x == 300305 then t = t .. "hit" end
  s = s + 102142
  if x == "k306" then t = t .. "k306" end
  s = s - 307.5
  if x == 300307 then t = t .. "hit" end
  s = s + 102156
  if x == 300308 then t = t .. "hit" end
  s = s - 309.5
  if x == "k309" then t = t .. "k309" end
  s = s + 102170
  if x == 300310 then t = t .. "hit" end
  s = s - 311.5
  if x == 300311 then t = t .. "hit" end
  s = s + 102184
  if x == "k312" then t = t .. "k312" end
  s = s - 313.5
  if x == 300313 then t = t .. "hit" end
  s = s + 102198
  if x == 300314 then t = t .. "hit" end
  s = s - 315.5
  if x == "k315" then t = t .. "k315" end
  s = s + 102212
  if x == 300316 then t = t .. "hit" end
  s = s - 317.5
  if x == 300317 then t = t .. "hit" end
  s = s + 102226
  if x == "k318" then t = t .. "k318" end
  s = s - 319.5
  if x == 300319 then t = t .. "hit" end
  s = s + 102240
  if x == 300320 then t = t .. "hit" end
  s = s - 321.5
  if x == "k321" then t = t .. "k321" end
  s = s + 102254
  if x == 300322 then t = t .. "hit" end
  s = s - 323.5
  if x == 300323 then t = t .. "hit" end
  s = s + 102268
  if x == "k324" then t = t .. "k324" end
  s = s - 325.5
  if x == 300325 then t = t .. "hit" end
  s = s + 102282
  if x == 300326 then t = t .. "hit" end
  s = s - 327.5
  if x == "k327" then t = t .. "k327" end
  s = s + 102296
  if x == 300328 then t = t .. "hit" end
  s = s - 329.5
  if x == 300329 then t = t .. "hit" end
  s = s + 102310
  if x == "k330" then t = t .. "k330" end
  s = s - 331.5
  if x == 300331 then t = t .. "hit" end
  s = s + 102324
  if x == 300332 then t = t .. "hit" end
  s = s - 333.5
  if x == "k333" then t = t .. "k333" end
  s = s + 102338
  if x == 300334 then t = t .. "hit" end
  s = s - 335.5
  if x == 300335 then t = t .. "hit" end
  s = s + 102352
  if x == "k336" then t = t .. "k336" end
  s = s - 337.5
  if x == 300337 then t = t .. "hit" end
  s = s + 102366
  if x == 300338 then t = t .. "hit" end
  s = s - 339.5
  if x == "k339" then t = t .. "k339" end
  s = s + 102380
  if x == 300340 then t = t .. "hit" end
  s = s - 341.5
  if x == 300341 then t = t .. "hit" end
  s = s + 102394
  if x == "k342" then t = t .. "k342" end
  s = s - 343.5
  if x == 300343 then t = t .. "hit" end
  s = s + 102408
  if x == 300344 then t = t .. "hit" end
  s = s - 345.5
  if x == "k345" then t = t .. "k345" end
  s = s + 102422
  if x == 300346 then t = t .. "hit" end
  s = s - 347.5
  if x == 300347 then t = t .. "hit" end
  s = s + 102436
  if x == "k348" then t = t .. "k348" end
  s = s - 349.5
  if x == 300349 then t = t .. "hit" end
  s = s + 102450
  if x == 300350 then t = t .. "hit" end
  s = s - 351.5
  if x == "k351" then t = t .. "k351" end
  s = s + 102464
  if x == 300352 then t = t .. "hit" end
  s = s - 353.5
  if x == 300353 then t = t .. "hit" end
  s = s + 102478
  if x == "k354" then t = t .. "k354" end
  s = s - 355.5
  if x == 300355 then t = t .. "hit" end
  s = s + 102492
  if x == 300356 then t = t .. "hit" end
  s = s - 357.5
  if x == "k357" then t = t .. "k357" end
  s = s + 102506
  if x == 300358 then t = t .. "hit" end
  s = s - 359.5
  if x == 300359 then t = t .. "hit" end
  s = s + 102520
  if x == "k360" then t = t .. "k360" end
  s = s - 361.5
  if x == 300361 then t = t .. "hit" end
  s = s + 102534
  if x == 300362 then t = t .. "hit" end
  s = s - 363.5
  if x == "k363" then t = t .. "k363" end
  s = s + 102548
  if x == 300364 then t = t .. "hit" end
  s = s - 365.5
  if x == 300365 then t = t .. "hit" end
  s = s + 102562
  if x == "k366" then t = t .. "k366" end
  s = s - 367.5
  if x == 300367 then t = t .. "hit" end
  s = s + 102576
  if x == 300368 then t = t .. "hit" end
  s = s - 369.5
  if x == "k369" then t = t .. "k369" end
  s = s + 102590
  if x == 300370 then t = t .. "hit" end
  s = s - 371.5
  if x == 300371 then t = t .. "hit" end
  s = s + 102604
  if x == "k372" then t = t .. "k372" end
  s = s - 373.5
  if x == 300373 then t = t .. "hit" end
  s = s + 102618
  if x == 300374 then t = t .. "hit" end
  s = s - 375.5
  if x == "k375" then t = t .. "k375" end
  s = s + 102632
  if x == 300376 then t = t .. "hit" end
  s = s - 377.5
  if x == 300377 then t = t .. "hit" end
  s = s + 102646
  if x == "k378" then t = t .. "k378" end
  s = s - 379.5
  if x == 300379 then t = t .. "hit" end
  s = s + 102660
  if x == 300380 then t = t .. "hit" end
  s = s - 381.5
  if x == "k381" then t = t .. "k381" end
  s = s + 102674
  if x == 300382 then t = t .. "hit" end
  s = s - 383.5
  if x == 300383 then t = t .. "hit" end
  s = s + 102688
  if x == "k384" then t = t .. "k384" end
  s = s - 385.5
  if x == 300385 then t = t .. "hit" end
  s = s + 102702
  if x == 300386 then t = t .. "hit" end
  s = s - 387.5
  if x == "k387" then t = t .. "k387" end
  s = s + 102716
  if x == 300388 then t = t .. "hit" end
  s = s - 389.5
  if x == 300389 then t = t .. "hit" end
  s = s + 102730
  if x == "k390" then t = t .. "k390" end
  s = s - 391.5
  if x == 300391 then t = t .. "hit" end
  s = s + 102744
  if x == 300392 then t = t .. "hit" end
  s = s - 393.5
  if x == "k393" then t = t .. "k393" end
  s = s + 102758
  if x == 300394 then t = t .. "hit" end
  s = s - 395.5
  if x == 300395 then t = t .. "hit" end
  s = s + 102772
  if x == "k396" then t = t .. "k396" end
  s = s - 397.5
  if x == 300397 then t = t .. "hit" end
  s = s + 102786
  if x == 300398 then t = t .. "hit" end
  s = s - 399.5
  if x == "k399" then t = t .. "k399" end
  s = s + 102800
  if x == 300400 then t = t .. "hit" end
  s = s - 401.5
  if x == 300401 then t = t .. "hit" end
  s = s + 102814
  if x == "k402" then t = t .. "k402" end
  s = s - 403.5
  if x == 300403 then t = t .. "hit" end
  s = s + 102828
  if x == 300404 then t = t .. "hit" end
  s = s - 405.5
  if x == "k405" then t = t .. "k405" end
  s = s + 102842
  if x == 300406 then t = t .. "hit" end
  s = s - 407.5
  if x == 300407 then t = t .. "hit" end
  s = s + 102856
  if x == "k408" then t = t .. "k408" end
  s = s - 409.5
  if x == 300409 then t = t .. "hit" end
  s = s + 102870
  if x == 300410 then t = t .. "hit" end
  s = s - 411.5
  if x == "k411" then t = t .. "k411" end
  s = s + 102884
  if x == 300412 then t = t .. "hit" end
  s = s - 413.5
  if x == 300413 then t = t .. "hit" end
  s = s + 102898
  if x == "k414" then t = t .. "k414" end
  s = s - 415.5
  if x == 300415 then t = t .. "hit" end
  s = s + 102912
  if x == 300416 then t = t .. "hit" end
  s = s - 417.5
  if x == "k417" then t = t .. "k417" end
  s = s + 102926
  if x == 300418 then t = t .. "hit" end
  s = s - 419.5
  if x == 300419 then t = t .. "hit" end
  s = s + 102940
  if x == "k420" then t = t .. "k420" end
  s = s - 421.5
  if x == 300421 then t = t .. "hit" end
  s = s + 102954
  if x == 300422 then t = t .. "hit" end
  s = s - 423.5
  if x == "k423" then t = t .. "k423" end
  s = s + 102968
  if x == 300424 then t = t .. "hit" end
  s = s - 425.5
  if x == 300425 then t = t .. "hit" end
  s = s + 102982
  if x == "k426" then t = t .. "k426" end
  s = s - 427.5
  if x == 300427 then t = t .. "hit" end
  s = s + 102996
  if x == 300428 then t = t .. "hit" end
  s = s - 429.5
  if x == "k429" then t = t .. "k429" end
  s = s + 103010
  if x == 300430 then t = t .. "hit" end
  s = s - 431.5
  if x == 300431 then t = t .. "hit" end
  s = s + 103024
  if x == "k432" then t = t .. "k432" end
  s = s - 433.5
  if x == 300433 then t = t .. "hit" end
  s = s + 103038
  if x == 300434 then t = t .. "hit" end
  s = s - 435.5
  if x == "k435" then t = t .. "k435" end
  s = s + 103052
  if x == 300436 then t = t .. "hit" end
  s = s - 437.5
  if x == 300437 then t = t .. "hit" end
  s = s + 103066
  if x == "k438" then t = t .. "k438" end
  s = s - 439.5
  if x == 300439 then t = t .. "hit" end
  s = s + 103080
  if x == 300440 then t = t .. "hit" end
  s = s - 441.5
  if x == "k441" then t = t .. "k441" end
  s = s + 103094
  if x == 300442 then t = t .. "hit" end
  s = s - 443.5
  if x == 300443 then t = t .. "hit" end
  s = s + 103108
  if x == "k444" then t = t .. "k444" end
  s = s - 445.5
  if x == 300445 then t = t .. "hit" end
  s = s + 103122
  if x == 300446 then t = t .. "hit" end
  s = s - 447.5
  if x == "k447" then t = t .. "k447" end
  s = s + 103136
  if x == 300448 then t = t .. "hit" end
  s = s - 449.5
  if x == 300449 then t = t .. "hit" end
  s = s + 103150
  if x == "k450" then t = t .. "k450" end
  s = s - 451.5
  if x == 300451 then t = t .. "hit" end
  s = s + 103164
  if x == 300452 then t = t .. "hit" end
  s = s - 453.5
  if x == "k453" then t = t .. "k453" end
  s = s + 103178
  if x == 300454 then t = t .. "hit" end
  s = s - 455.5
  if x == 300455 then t = t .. "hit" end
  s = s + 103192
  if x == "k456" then t = t .. "k456" end
  s = s - 457.5
  if x == 300457 then t = t .. "hit" end
  s = s + 103206
  if x == 300458 then t = t .. "hit" end
  s = s - 459.5
  if x == "k459" then t = t .. "k459" end
  s = s + 103220
  if x == 300460 then t = t .. "hit" end
  s = s - 461.5
  if x == 300461 then t = t .. "hit" end
  s = s + 103234
  if x == "k462" then t = t .. "k462" end
  s = s - 463.5
  if x == 300463 then t = t .. "hit" end
  s = s + 103248
  if x == 300464 then t = t .. "hit" end
  s = s - 465.5
  if x == "k465" then t = t .. "k465" end
  s = s + 103262
  if x == 300466 then t = t .. "hit" end
  s = s - 467.5
  if x == 300467 then t = t .. "hit" end
  s = s + 103276
  if x == "k468" then t = t .. "k468" end
  s = s - 469.5
  if x == 300469 then t = t .. "hit" end
  s = s + 103290
  if x == 300470 then t = t .. "hit" end
  s = s - 471.5
  if x == "k471" then t = t .. "k471" end
  s = s + 103304
  if x == 300472 then t = t .. "hit" end
  s = s - 473.5
  if x == 300473 then t = t .. "hit" end
  s = s + 103318
  if x == "k474" then t = t .. "k474" end
  s = s - 475.5
  if x == 300475 then t = t .. "hit" end
  s = s + 103332
  if x == 300476 then t = t .. "hit" end
  s = s - 477.5
  if x == "k477" then t = t .. "k477" end
  s = s + 103346
  if x == 300478 then t = t .. "hit" end
  s = s - 479.5
  if x == 300479 then t = t .. "hit" end
  s = s + 103360
  if x == "k480" then t = t .. "k480" end
  s = s - 481.5
  if x == 300481 then t = t .. "hit" end
  s = s + 103374
  if x == 300482 then t = t .. "hit" end
  s = s - 483.5
  if x == "k483" then t = t .. "k483" end
  s = s + 103388
  if x == 300484 then t = t .. "hit" end
  s = s - 485.5
  if x == 300485 then t = t .. "hit" end
  s = s + 103402
  if x == "k486" then t = t .. "k486" end
  s = s - 487.5
  if x == 300487 then t = t .. "hit" end
  s = s + 103416
  if x == 300488 then t = t .. "hit" end
  s = s - 489.5
  if x == "k489" then t = t .. "k489" end
  s = s + 103430
  if x == 300490 then t = t .. "hit" end
  s = s - 491.5
  if x == 300491 then t = t .. "hit" end
  s = s + 103444
  if x == "k492" then t = t .. "k492" end
  s = s - 493.5
  if x == 300493 then t = t .. "hit" end
  s = s + 103458
  if x == 300494 then t = t .. "hit" end
  s = s - 495.5
  if x == "k495" then t = t .. "k495" end
  s = s + 103472
  if x == 300496 then t = t .. "hit" end
  s = s - 497.5
  if x == 300497 then t = t .. "hit" end
  s = s + 103486
  if x == "k498" then t = t .. "k498" end
  s = s - 499.5
  if x == 300499 then t = t .. "hit" end
  s = s + 103500
  if x == 300500 then t = t .. "hit" end
  s = s - 501.5
  if x == "k501" then t = t .. "k501" end
  s = s + 103514
  if x == 300502 then t = t .. "hit" end
  s = s - 503.5
  if x == 300503 then t = t .. "hit" end
  s = s + 103528
  if x == "k504" then t = t .. "k504" end
  s = s - 505.5
  if x == 300505 then t = t .. "hit" end
  s = s + 103542
  if x == 300506 then t = t .. "hit" end
  s = s - 507.5
  if x == "k507" then t = t .. "k507" end
  s = s + 103556
  if x == 300508 then t = t .. "hit" end
  s = s - 509.5
  if x == 300509 then t = t .. "hit" end
  s = s + 103570
  if x == "k510" then t = t .. "k510" end
  s = s - 511.5
  if x == 300511 then t = t .. "hit" end
  s = s + 103584
  if x == 300512 then t = t .. "hit" end
  s = s - 513.5
  if x == "k513" then t = t .. "k513" end
  s = s + 103598
  if x == 300514 then t = t .. "hit" end
  s = s - 515.5
  if x == 300515 then t = t .. "hit" end
  s = s + 103612
  if x == "k516" then t = t .. "k516" end
  s = s - 517.5
  if x == 300517 then t = t .. "hit" end
  s = s + 103626
  if x == 300518 then t = t .. "hit" end
  s = s - 519.5
  if x == "k519" then t = t .. "k519" end
  s = s + 103640
  if x == 300520 then t = t .. "hit" end
  s = s - 521.5
  if x == 300521 then t = t .. "hit" end
  s = s + 103654
  if x == "k522" then t = t .. "k522" end
  s = s - 523.5
  if x == 300523 then t = t .. "hit" end
  s = s + 103668
  if x == 300524 then t = t .. "hit" end
  s = s - 525.5
  if x == "k525" then t = t .. "k525" end
  s = s + 103682
  if x == 300526 then t = t .. "hit" end
  s = s - 527.5
  if x == 300527 then t = t .. "hit" end
  s = s + 103696
  if x == "k528" then t = t .. "k528" end
  s = s - 529.5
  if x == 300529 then t = t .. "hit" end
  s = s + 103710
  if x == 300530 then t = t .. "hit" end
  s = s - 531.5
  if x == "k531" then t = t .. "k531" end
  s = s + 103724
  if x == 300532 then t = t .. "hit" end
  s = s - 533.5
  if x == 300533 then t = t .. "hit" end
  s = s + 103738
  if x == "k534" then t = t .. "k534" end
  s = s - 535.5
  if x == 300535 then t = t .. "hit" end
  s = s + 103752
  if x == 300536 then t = t .. "hit" end
  s = s - 537.5
  if x == "k537" then t = t .. "k537" end
  s = s + 103766
  if x == 300538 then t = t .. "hit" end
  s = s - 539.5
  if x == 300539 then t = t .. "hit" end
  s = s + 103780
  if x == "k540" then t = t .. "k540" end
  s = s - 541.5
  if x == 300541 then t = t .. "hit" end
  s = s + 103794
  if x == 300542 then t = t .. "hit" end
  s = s - 543.5
  if x == "k543" then t = t .. "k543" end
  s = s + 103808
  if x == 300544 then t = t .. "hit" end
  s = s - 545.5
  if x == 300545 then t = t .. "hit" end
  s = s + 103822
  if x == "k546" then t = t .. "k546" end
  s = s - 547.5
  if x == 300547 then t = t .. "hit" end
  s = s + 103836
  if x == 300548 then t = t .. "hit" end
  s = s - 549.5
  if x == "k549" then t = t .. "k549" end
  s = s + 103850
  if x == 300550 then t = t .. "hit" end
  s = s - 551.5
  if x == 300551 then t = t .. "hit" end
  s = s + 103864
  if x == "k552" then t = t .. "k552" end
  s = s - 553.5
  if x == 300553 then t = t .. "hit" end
  s = s + 103878
  if x == 300554 then t = t .. "hit" end
  s = s - 555.5
  if x == "k555" then t = t .. "k555" end
  s = s + 103892
  if x == 300556 then t = t .. "hit" end
  s = s - 557.5
  if x == 300557 then t = t .. "hit" end
  s = s + 103906
  if x == "k558" then t = t .. "k558" end
  s = s - 559.5
  if x == 300559 then t = t .. "hit" end
  s = s + 103920
  if x == 300560 then t = t .. "hit" end
  s = s - 561.5
  if x == "k561" then t = t .. "k561" end
  s = s + 103934
  if x == 300562 then t = t .. "hit" end
  s = s - 563.5
  if x == 300563 then t = t .. "hit" end
  s = s + 103948
  if x == "k564" then t = t .. "k564" end
  s = s - 565.5
  if x == 300565 then t = t .. "hit" end
  s = s + 103962
  if x == 300566 then t = t .. "hit" end
  s = s - 567.5
  if x == "k567" then t = t .. "k567" end
  s = s + 103976
  if x == 300568 then t = t .. "hit" end
  s = s - 569.5
  if x == 300569 then t = t .. "hit" end
  s = s + 103990
  if x == "k570" then t = t .. "k570" end
  s = s - 571.5
  if x == 300571 then t = t .. "hit" end
  s = s + 104004
  if x == 300572 then t = t .. "hit" end
  s = s - 573.5
  if x == "k573" then t = t .. "k573" end
  s = s + 104018
  if x == 300574 then t = t .. "hit" end
  s = s - 575.5
  if x == 300575 then t = t .. "hit" end
  s = s + 104032
  if x == "k576" then t = t .. "k576" end
  s = s - 577.5
  if x == 300577 then t = t .. "hit" end
  s = s + 104046
  if x == 300578 then t = t .. "hit" end
  s = s - 579.5
  if x == "k579" then t = t .. "k579" end
  s = s + 104060
  if x == 300580 then t = t .. "hit" end
  s = s - 581.5
  if x == 300581 then t = t .. "hit" end
  s = s + 104074
  if x == "k582" then t = t .. "k582" end
  s = s - 583.5
  if x == 300583 then t = t .. "hit" end
  s = s + 104088
  if x == 300584 then t = t .. "hit" end
  s = s - 585.5
  if x == "k585" then t = t .. "k585" end
  s = s + 104102
  if x == 300586 then t = t .. "hit" end
  s = s - 587.5
  if x == 300587 then t = t .. "hit" end
  s = s + 104116
  if x == "k588" then t = t .. "k588" end
  s = s - 589.5
  if x == 300589 then t = t .. "hit" end
  s = s + 104130
  if x == 300590 then t = t .. "hit" end
  s = s - 591.5
  if x == "k591" then t = t .. "k591" end
  s = s + 104144
  if x == 300592 then t = t .. "hit" end
  s = s - 593.5
  if x == 300593 then t = t .. "hit" end
  s = s + 104158
  if x == "k594" then t = t .. "k594" end
  s = s - 595.5
  if x == 300595 then t = t .. "hit" end
  s = s + 104172
  if x == 300596 then t = t .. "hit" end
  s = s - 597.5
  if x == "k597" then t = t .. "k597" end
  s = s + 104186
  if x == 300598 then t = t .. "hit" end
  s = s - 599.5
  if x == 300599 then t = t .. "hit" end
  return s .. t
end
print(consts(0), consts("k300"), consts(300001))
local n = 0
for i = 1, 1000 do n = n + #consts(i) end
print(n)
