-- 300 global functions; a hot caller calls them by name while they are redefined
function q0(x) return x + 0 end
function q1(x) return x + 1 end
function q2(x) return x + 2 end
function q3(x) return x + 3 end
function q4(x) return x + 4 end
function q5(x) return x + 5 end
function q6(x) return x + 6 end
function q7(x) return x + 7 end
function q8(x) return x + 8 end
function q9(x) return x + 9 end
function q10(x) return x + 10 end
function q11(x) return x + 11 end
function q12(x) return x + 12 end
function q13(x) return x + 13 end
function q14(x) return x + 14 end
function q15(x) return x + 15 end
function q16(x) return x + 16 end
function q17(x) return x + 17 end
function q18(x) return x + 18 end
function q19(x) return x + 19 end
function q20(x) return x + 20 end
function q21(x) return x + 21 end
function q22(x) return x + 22 end
function q23(x) return x + 23 end
function q24(x) return x + 24 end
function q25(x) return x + 25 end
function q26(x) return x + 26 end
function q27(x) return x + 27 end
function q28(x) return x + 28 end
function q29(x) return x + 29 end
function q30(x) return x + 30 end
function q31(x) return x + 31 end
function q32(x) return x + 32 end
function q33(x) return x + 33 end
function q34(x) return x + 34 end
function q35(x) return x + 35 end
function q36(x) return x + 36 end
function q37(x) return x + 37 end
function q38(x) return x + 38 end
function q39(x) return x + 39 end
function q40(x) return x + 40 end
function q41(x) return x + 41 end
function q42(x) return x + 42 end
function q43(x) return x + 43 end
function q44(x) return x + 44 end
function q45(x) return x + 45 end
function q46(x) return x + 46 end
function q47(x) return x + 47 end
function q48(x) return x + 48 end
function q49(x) return x + 49 end
function q50(x) return x + 50 end
function q51(x) return x + 51 end
function q52(x) return x + 52 end
function q53(x) return x + 53 end
function q54(x) return x + 54 end
function q55(x) return x + 55 end
function q56(x) return x + 56 end
function q57(x) return x + 57 end
function q58(x) return x + 58 end
function q59(x) return x + 59 end
function q60(x) return x + 60 end
function q61(x) return x + 61 end
function q62(x) return x + 62 end
function q63(x) return x + 63 end
function q64(x) return x + 64 end
function q65(x) return x + 65 end
function q66(x) return x + 66 end
function q67(x) return x + 67 end
function q68(x) return x + 68 end
function q69(x) return x + 69 end
function q70(x) return x + 70 end
function q71(x) return x + 71 end
function q72(x) return x + 72 end
function q73(x) return x + 73 end
function q74(x) return x + 74 end
function q75(x) return x + 75 end
function q76(x) return x + 76 end
function q77(x) return x + 77 end
function q78(x) return x + 78 end
function q79(x) return x + 79 end
function q80(x) return x + 80 end
function q81(x) return x + 81 end
function q82(x) return x + 82 end
function q83(x) return x + 83 end
function q84(x) return x + 84 end
function q85(x) return x + 85 end
function q86(x) return x + 86 end
function q87(x) return x + 87 end
function q88(x) return x + 88 end
function q89(x) return x + 89 end
function q90(x) return x + 90 end
function q91(x) return x + 91 end
function q92(x) return x + 92 end
function q93(x) return x + 93 end
function q94(x) return x + 94 end
function q95(x) return x + 95 end
function q96(x) return x + 96 end
function q97(x) return x + 97 end
function q98(x) return x + 98 end
function q99(x) return x + 99 end
function q100(x) return x + 100 end
function q101(x) return x + 101 end
function q102(x) return x + 102 end
function q103(x) return x + 103 end
function q104(x) return x + 104 end
function q105(x) return x + 105 end
function q106(x) return x + 106 end
function q107(x) return x + 107 end
function q108(x) return x + 108 end
function q109(x) return x + 109 end
function q110(x) return x + 110 end
function q111(x) return x + 111 end
function q112(x) return x + 112 end
function q113(x) return x + 113 end
function q114(x) return x + 114 end
function q115(x) return x + 115 end
function q116(x) return x + 116 end
function q117(x) return x + 117 end
function q118(x) return x + 118 end
function q119(x) return x + 119 end
function q120(x) return x + 120 end
function q121(x) return x + 121 end
function q122(x) return x + 122 end
function q123(x) return x + 123 end
function q124(x) return x + 124 end
function q125(x) return x + 125 end
function q126(x) return x + 126 end
function q127(x) return x + 127 end
function q128(x) return x + 128 end
function q129(x) return x + 129 end
function q130(x) return x + 130 end
function q131(x) return x + 131 end
function q132(x) return x + 132 end
function q133(x) return x + 133 end
function q134(x) return x + 134 end
function q135(x) return x + 135 end
function q136(x) return x + 136 end
function q137(x) return x + 137 end
function q138(x) return x + 138 end
function q139(x) return x + 139 end
function q140(x) return x + 140 end
function q141(x) return x + 141 end
function q142(x) return x + 142 end
function q143(x) return x + 143 end
function q144(x) return x + 144 end
function q145(x) return x + 145 end
function q146(x) return x + 146 end
function q147(x) return x + 147 end
function q148(x) return x + 148 end
function q149(x) return x + 149 end
function q150(x) return x + 150 end
function q151(x) return x + 151 end
function q152(x) return x + 152 end
function q153(x) return x + 153 end
function q154(x) return x + 154 end
function q155(x) return x + 155 end
function q156(x) return x + 156 end
function q157(x) return x + 157 end
function q158(x) return x + 158 end
function q159(x) return x + 159 end
function q160(x) return x + 160 end
function q161(x) return x + 161 end
function q162(x) return x + 162 end
function q163(x) return x + 163 end
function q164(x) return x + 164 end
function q165(x) return x + 165 end
function q166(x) return x + 166 end
function q167(x) return x + 167 end
function q168(x) return x + 168 end
function q169(x) return x + 169 end
function q170(x) return x + 170 end
function q171(x) return x + 171 end
function q172(x) return x + 172 end
function q173(x) return x + 173 end
function q174(x) return x + 174 end
function q175(x) return x + 175 end
function q176(x) return x + 176 end
function q177(x) return x + 177 end
function q178(x) return x + 178 end
function q179(x) return x + 179 end
function q180(x) return x + 180 end
function q181(x) return x + 181 end
function q182(x) return x + 182 end
function q183(x) return x + 183 end
function q184(x) return x + 184 end
function q185(x) return x + 185 end
function q186(x) return x + 186 end
function q187(x) return x + 187 end
function q188(x) return x + 188 end
function q189(x) return x + 189 end
function q190(x) return x + 190 end
function q191(x) return x + 191 end
function q192(x) return x + 192 end
function q193(x) return x + 193 end
function q194(x) return x + 194 end
function q195(x) return x + 195 end
function q196(x) return x + 196 end
function q197(x) return x + 197 end
function q198(x) return x + 198 end
function q199(x) return x + 199 end
function q200(x) return x + 200 end
function q201(x) return x + 201 end
function q202(x) return x + 202 end
function q203(x) return x + 203 end
function q204(x) return x + 204 end
function q205(x) return x + 205 end
function q206(x) return x + 206 end
function q207(x) return x + 207 end
function q208(x) return x + 208 end
function q209(x) return x + 209 end
function q210(x) return x + 210 end
function q211(x) return x + 211 end
function q212(x) return x + 212 end
function q213(x) return x + 213 end
function q214(x) return x + 214 end
function q215(x) return x + 215 end
function q216(x) return x + 216 end
function q217(x) return x + 217 end
function q218(x) return x + 218 end
function q219(x) return x + 219 end
function q220(x) return x + 220 end
function q221(x) return x + 221 end
function q222(x) return x + 222 end
function q223(x) return x + 223 end
function q224(x) return x + 224 end
function q225(x) return x + 225 end
function q226(x) return x + 226 end
function q227(x) return x + 227 end
function q228(x) return x + 228 end
function q229(x) return x + 229 end
function q230(x) return x + 230 end
function q231(x) return x + 231 end
function q232(x) return x + 232 end
function q233(x) return x + 233 end
function q234(x) return x + 234 end
function q235(x) return x + 235 end
function q236(x) return x + 236 end
function q237(x) return x + 237 end
function q238(x) return x + 238 end
function q239(x) return x + 239 end
function q240(x) return x + 240 end
function q241(x) return x + 241 end
function q242(x) return x + 242 end
function q243(x) return x + 243 end
function q244(x) return x + 244 end
function q245(x) return x + 245 end
function q246(x) return x + 246 end
function q247(x) return x + 247 end
function q248(x) return x + 248 end
function q249(x) return x + 249 end
function q250(x) return x + 250 end
function q251(x) return x + 251 end
function q252(x) return x + 252 end
function q253(x) return x + 253 end
function q254(x) return x + 254 end
function q255(x) return x + 255 end
function q256(x) return x + 256 end
function q257(x) return x + 257 end
function q258(x) return x + 258 end
function q259(x) return x + 259 end
function q260(x) return x + 260 end
function q261(x) return x + 261 end
function q262(x) return x + 262 end
function q263(x) return x + 263 end
function q264(x) return x + 264 end
function q265(x) return x + 265 end
function q266(x) return x + 266 end
function q267(x) return x + 267 end
function q268(x) return x + 268 end
function q269(x) return x + 269 end
function q270(x) return x + 270 end
function q271(x) return x + 271 end
function q272(x) return x + 272 end
function q273(x) return x + 273 end
function q274(x) return x + 274 end
function q275(x) return x + 275 end
function q276(x) return x + 276 end
function q277(x) return x + 277 end
function q278(x) return x + 278 end
function q279(x) return x + 279 end
function q280(x) return x + 280 end
function q281(x) return x + 281 end
function q282(x) return x + 282 end
function q283(x) return x + 283 end
function q284(x) return x + 284 end
function q285(x) return x + 285 end
function q286(x) return x + 286 end
function q287(x) return x + 287 end
function q288(x) return x + 288 end
function q289(x) return x + 289 end
function q290(x) return x + 290 end
function q291(x) return x + 291 end
function q292(x) return x + 292 end
function q293(x) return x + 293 end
function q294(x) return x + 294 end
function q295(x) return x + 295 end
function q296(x) return x + 296 end
function q297(x) return x + 297 end
function q298(x) return x + 298 end
function q299(x) return x + 299 end
local function callall(x)
  local s = 0
  s = s + q0(x)
  s = s + q10(x)
  s = s + q20(x)
  s = s + q30(x)
  s = s + q40(x)
  s = s + q50(x)
  s = s + q60(x)
  s = s + q70(x)
  s = s + q80(x)
  s = s + q90(x)
  s = s + q100(x)
  s = s + q110(x)
  s = s + q120(x)
  s = s + q130(x)
  s = s + q140(x)
  s = s + q150(x)
  s = s + q160(x)
  s = s + q170(x)
  s = s + q180(x)
  s = s + q190(x)
  s = s + q200(x)
  s = s + q210(x)
  s = s + q220(x)
  s = s + q230(x)
  s = s + q240(x)
  s = s + q250(x)
  s = s + q260(x)
  s = s + q270(x)
  s = s + q280(x)
  s = s + q290(x)
  return s
end
local t = 0
for i = 1, 3000 do t = t + callall(i) end
print("before", t)
q0 = function(x) return x * 2 end
q30 = function(x) return x * 32 end
q60 = function(x) return x * 62 end
q90 = function(x) return x * 92 end
q120 = function(x) return x * 122 end
q150 = function(x) return x * 152 end
q180 = function(x) return x * 182 end
q210 = function(x) return x * 212 end
q240 = function(x) return x * 242 end
q270 = function(x) return x * 272 end
print("after some", callall(1), callall(2.5))
q150 = q0
t = 0
for i = 1, 3000 do t = t + callall(i) end
print("after loop", t)
q290 = nil
print("before nil call")
print(callall(1))
