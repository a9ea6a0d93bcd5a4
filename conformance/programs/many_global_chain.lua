-- 400 global functions, each calling the next; the chain runs hot
function f0(x) return f1(x + 0) end
function f1(x) return f2(x * 3 % 1000003) end
function f2(x) return f3(x - 2) end
function f3(x) return f4((x ~ 3) & 0xffffff) end
function f4(x) return f5(x // 2 + 4) end
function f5(x) return f6(x + 5) end
function f6(x) return f7(x * 3 % 1000003) end
function f7(x) return f8(x - 7) end
function f8(x) return f9((x ~ 8) & 0xffffff) end
function f9(x) return f10(x // 2 + 9) end
function f10(x) return f11(x + 10) end
function f11(x) return f12(x * 3 % 1000003) end
function f12(x) return f13(x - 12) end
function f13(x) return f14((x ~ 13) & 0xffffff) end
function f14(x) return f15(x // 2 + 14) end
function f15(x) return f16(x + 15) end
function f16(x) return f17(x * 3 % 1000003) end
function f17(x) return f18(x - 17) end
function f18(x) return f19((x ~ 18) & 0xffffff) end
function f19(x) return f20(x // 2 + 19) end
function f20(x) return f21(x + 20) end
function f21(x) return f22(x * 3 % 1000003) end
function f22(x) return f23(x - 22) end
function f23(x) return f24((x ~ 23) & 0xffffff) end
function f24(x) return f25(x // 2 + 24) end
function f25(x) return f26(x + 25) end
function f26(x) return f27(x * 3 % 1000003) end
function f27(x) return f28(x - 27) end
function f28(x) return f29((x ~ 28) & 0xffffff) end
function f29(x) return f30(x // 2 + 29) end
function f30(x) return f31(x + 30) end
function f31(x) return f32(x * 3 % 1000003) end
function f32(x) return f33(x - 32) end
function f33(x) return f34((x ~ 33) & 0xffffff) end
function f34(x) return f35(x // 2 + 34) end
function f35(x) return f36(x + 35) end
function f36(x) return f37(x * 3 % 1000003) end
function f37(x) return f38(x - 37) end
function f38(x) return f39((x ~ 38) & 0xffffff) end
function f39(x) return f40(x // 2 + 39) end
function f40(x) return f41(x + 40) end
function f41(x) return f42(x * 3 % 1000003) end
function f42(x) return f43(x - 42) end
function f43(x) return f44((x ~ 43) & 0xffffff) end
function f44(x) return f45(x // 2 + 44) end
function f45(x) return f46(x + 45) end
function f46(x) return f47(x * 3 % 1000003) end
function f47(x) return f48(x - 47) end
function f48(x) return f49((x ~ 48) & 0xffffff) end
function f49(x) return f50(x // 2 + 49) end
function f50(x) return f51(x + 50) end
function f51(x) return f52(x * 3 % 1000003) end
function f52(x) return f53(x - 52) end
function f53(x) return f54((x ~ 53) & 0xffffff) end
function f54(x) return f55(x // 2 + 54) end
function f55(x) return f56(x + 55) end
function f56(x) return f57(x * 3 % 1000003) end
function f57(x) return f58(x - 57) end
function f58(x) return f59((x ~ 58) & 0xffffff) end
function f59(x) return f60(x // 2 + 59) end
function f60(x) return f61(x + 60) end
function f61(x) return f62(x * 3 % 1000003) end
function f62(x) return f63(x - 62) end
function f63(x) return f64((x ~ 63) & 0xffffff) end
function f64(x) return f65(x // 2 + 64) end
function f65(x) return f66(x + 65) end
function f66(x) return f67(x * 3 % 1000003) end
function f67(x) return f68(x - 67) end
function f68(x) return f69((x ~ 68) & 0xffffff) end
function f69(x) return f70(x // 2 + 69) end
function f70(x) return f71(x + 70) end
function f71(x) return f72(x * 3 % 1000003) end
function f72(x) return f73(x - 72) end
function f73(x) return f74((x ~ 73) & 0xffffff) end
function f74(x) return f75(x // 2 + 74) end
function f75(x) return f76(x + 75) end
function f76(x) return f77(x * 3 % 1000003) end
function f77(x) return f78(x - 77) end
function f78(x) return f79((x ~ 78) & 0xffffff) end
function f79(x) return f80(x // 2 + 79) end
function f80(x) return f81(x + 80) end
function f81(x) return f82(x * 3 % 1000003) end
function f82(x) return f83(x - 82) end
function f83(x) return f84((x ~ 83) & 0xffffff) end
function f84(x) return f85(x // 2 + 84) end
function f85(x) return f86(x + 85) end
function f86(x) return f87(x * 3 % 1000003) end
function f87(x) return f88(x - 87) end
function f88(x) return f89((x ~ 88) & 0xffffff) end
function f89(x) return f90(x // 2 + 89) end
function f90(x) return f91(x + 90) end
function f91(x) return f92(x * 3 % 1000003) end
function f92(x) return f93(x - 92) end
function f93(x) return f94((x ~ 93) & 0xffffff) end
function f94(x) return f95(x // 2 + 94) end
function f95(x) return f96(x + 95) end
function f96(x) return f97(x * 3 % 1000003) end
function f97(x) return f98(x - 97) end
function f98(x) return f99((x ~ 98) & 0xffffff) end
function f99(x) return f100(x // 2 + 99) end
function f100(x) return f101(x + 100) end
function f101(x) return f102(x * 3 % 1000003) end
function f102(x) return f103(x - 102) end
function f103(x) return f104((x ~ 103) & 0xffffff) end
function f104(x) return f105(x // 2 + 104) end
function f105(x) return f106(x + 105) end
function f106(x) return f107(x * 3 % 1000003) end
function f107(x) return f108(x - 107) end
function f108(x) return f109((x ~ 108) & 0xffffff) end
function f109(x) return f110(x // 2 + 109) end
function f110(x) return f111(x + 110) end
function f111(x) return f112(x * 3 % 1000003) end
function f112(x) return f113(x - 112) end
function f113(x) return f114((x ~ 113) & 0xffffff) end
function f114(x) return f115(x // 2 + 114) end
function f115(x) return f116(x + 115) end
function f116(x) return f117(x * 3 % 1000003) end
function f117(x) return f118(x - 117) end
function f118(x) return f119((x ~ 118) & 0xffffff) end
function f119(x) return f120(x // 2 + 119) end
function f120(x) return f121(x + 120) end
function f121(x) return f122(x * 3 % 1000003) end
function f122(x) return f123(x - 122) end
function f123(x) return f124((x ~ 123) & 0xffffff) end
function f124(x) return f125(x // 2 + 124) end
function f125(x) return f126(x + 125) end
function f126(x) return f127(x * 3 % 1000003) end
function f127(x) return f128(x - 127) end
function f128(x) return f129((x ~ 128) & 0xffffff) end
function f129(x) return f130(x // 2 + 129) end
function f130(x) return f131(x + 130) end
function f131(x) return f132(x * 3 % 1000003) end
function f132(x) return f133(x - 132) end
function f133(x) return f134((x ~ 133) & 0xffffff) end
function f134(x) return f135(x // 2 + 134) end
function f135(x) return f136(x + 135) end
function f136(x) return f137(x * 3 % 1000003) end
function f137(x) return f138(x - 137) end
function f138(x) return f139((x ~ 138) & 0xffffff) end
function f139(x) return f140(x // 2 + 139) end
function f140(x) return f141(x + 140) end
function f141(x) return f142(x * 3 % 1000003) end
function f142(x) return f143(x - 142) end
function f143(x) return f144((x ~ 143) & 0xffffff) end
function f144(x) return f145(x // 2 + 144) end
function f145(x) return f146(x + 145) end
function f146(x) return f147(x * 3 % 1000003) end
function f147(x) return f148(x - 147) end
function f148(x) return f149((x ~ 148) & 0xffffff) end
function f149(x) return f150(x // 2 + 149) end
function f150(x) return f151(x + 150) end
function f151(x) return f152(x * 3 % 1000003) end
function f152(x) return f153(x - 152) end
function f153(x) return f154((x ~ 153) & 0xffffff) end
function f154(x) return f155(x // 2 + 154) end
function f155(x) return f156(x + 155) end
function f156(x) return f157(x * 3 % 1000003) end
function f157(x) return f158(x - 157) end
function f158(x) return f159((x ~ 158) & 0xffffff) end
function f159(x) return f160(x // 2 + 159) end
function f160(x) return f161(x + 160) end
function f161(x) return f162(x * 3 % 1000003) end
function f162(x) return f163(x - 162) end
function f163(x) return f164((x ~ 163) & 0xffffff) end
function f164(x) return f165(x // 2 + 164) end
function f165(x) return f166(x + 165) end
function f166(x) return f167(x * 3 % 1000003) end
function f167(x) return f168(x - 167) end
function f168(x) return f169((x ~ 168) & 0xffffff) end
function f169(x) return f170(x // 2 + 169) end
function f170(x) return f171(x + 170) end
function f171(x) return f172(x * 3 % 1000003) end
function f172(x) return f173(x - 172) end
function f173(x) return f174((x ~ 173) & 0xffffff) end
function f174(x) return f175(x // 2 + 174) end
function f175(x) return f176(x + 175) end
function f176(x) return f177(x * 3 % 1000003) end
function f177(x) return f178(x - 177) end
function f178(x) return f179((x ~ 178) & 0xffffff) end
function f179(x) return f180(x // 2 + 179) end
function f180(x) return f181(x + 180) end
function f181(x) return f182(x * 3 % 1000003) end
function f182(x) return f183(x - 182) end
function f183(x) return f184((x ~ 183) & 0xffffff) end
function f184(x) return f185(x // 2 + 184) end
function f185(x) return f186(x + 185) end
function f186(x) return f187(x * 3 % 1000003) end
function f187(x) return f188(x - 187) end
function f188(x) return f189((x ~ 188) & 0xffffff) end
function f189(x) return f190(x // 2 + 189) end
function f190(x) return f191(x + 190) end
function f191(x) return f192(x * 3 % 1000003) end
function f192(x) return f193(x - 192) end
function f193(x) return f194((x ~ 193) & 0xffffff) end
function f194(x) return f195(x // 2 + 194) end
function f195(x) return f196(x + 195) end
function f196(x) return f197(x * 3 % 1000003) end
function f197(x) return f198(x - 197) end
function f198(x) return f199((x ~ 198) & 0xffffff) end
function f199(x) return f200(x // 2 + 199) end
function f200(x) return f201(x + 200) end
function f201(x) return f202(x * 3 % 1000003) end
function f202(x) return f203(x - 202) end
function f203(x) return f204((x ~ 203) & 0xffffff) end
function f204(x) return f205(x // 2 + 204) end
function f205(x) return f206(x + 205) end
function f206(x) return f207(x * 3 % 1000003) end
function f207(x) return f208(x - 207) end
function f208(x) return f209((x ~ 208) & 0xffffff) end
function f209(x) return f210(x // 2 + 209) end
function f210(x) return f211(x + 210) end
function f211(x) return f212(x * 3 % 1000003) end
function f212(x) return f213(x - 212) end
function f213(x) return f214((x ~ 213) & 0xffffff) end
function f214(x) return f215(x // 2 + 214) end
function f215(x) return f216(x + 215) end
function f216(x) return f217(x * 3 % 1000003) end
function f217(x) return f218(x - 217) end
function f218(x) return f219((x ~ 218) & 0xffffff) end
function f219(x) return f220(x // 2 + 219) end
function f220(x) return f221(x + 220) end
function f221(x) return f222(x * 3 % 1000003) end
function f222(x) return f223(x - 222) end
function f223(x) return f224((x ~ 223) & 0xffffff) end
function f224(x) return f225(x // 2 + 224) end
function f225(x) return f226(x + 225) end
function f226(x) return f227(x * 3 % 1000003) end
function f227(x) return f228(x - 227) end
function f228(x) return f229((x ~ 228) & 0xffffff) end
function f229(x) return f230(x // 2 + 229) end
function f230(x) return f231(x + 230) end
function f231(x) return f232(x * 3 % 1000003) end
function f232(x) return f233(x - 232) end
function f233(x) return f234((x ~ 233) & 0xffffff) end
function f234(x) return f235(x // 2 + 234) end
function f235(x) return f236(x + 235) end
function f236(x) return f237(x * 3 % 1000003) end
function f237(x) return f238(x - 237) end
function f238(x) return f239((x ~ 238) & 0xffffff) end
function f239(x) return f240(x // 2 + 239) end
function f240(x) return f241(x + 240) end
function f241(x) return f242(x * 3 % 1000003) end
function f242(x) return f243(x - 242) end
function f243(x) return f244((x ~ 243) & 0xffffff) end
function f244(x) return f245(x // 2 + 244) end
function f245(x) return f246(x + 245) end
function f246(x) return f247(x * 3 % 1000003) end
function f247(x) return f248(x - 247) end
function f248(x) return f249((x ~ 248) & 0xffffff) end
function f249(x) return f250(x // 2 + 249) end
function f250(x) return f251(x + 250) end
function f251(x) return f252(x * 3 % 1000003) end
function f252(x) return f253(x - 252) end
function f253(x) return f254((x ~ 253) & 0xffffff) end
function f254(x) return f255(x // 2 + 254) end
function f255(x) return f256(x + 255) end
function f256(x) return f257(x * 3 % 1000003) end
function f257(x) return f258(x - 257) end
function f258(x) return f259((x ~ 258) & 0xffffff) end
function f259(x) return f260(x // 2 + 259) end
function f260(x) return f261(x + 260) end
function f261(x) return f262(x * 3 % 1000003) end
function f262(x) return f263(x - 262) end
function f263(x) return f264((x ~ 263) & 0xffffff) end
function f264(x) return f265(x // 2 + 264) end
function f265(x) return f266(x + 265) end
function f266(x) return f267(x * 3 % 1000003) end
function f267(x) return f268(x - 267) end
function f268(x) return f269((x ~ 268) & 0xffffff) end
function f269(x) return f270(x // 2 + 269) end
function f270(x) return f271(x + 270) end
function f271(x) return f272(x * 3 % 1000003) end
function f272(x) return f273(x - 272) end
function f273(x) return f274((x ~ 273) & 0xffffff) end
function f274(x) return f275(x // 2 + 274) end
function f275(x) return f276(x + 275) end
function f276(x) return f277(x * 3 % 1000003) end
function f277(x) return f278(x - 277) end
function f278(x) return f279((x ~ 278) & 0xffffff) end
function f279(x) return f280(x // 2 + 279) end
function f280(x) return f281(x + 280) end
function f281(x) return f282(x * 3 % 1000003) end
function f282(x) return f283(x - 282) end
function f283(x) return f284((x ~ 283) & 0xffffff) end
function f284(x) return f285(x // 2 + 284) end
function f285(x) return f286(x + 285) end
function f286(x) return f287(x * 3 % 1000003) end
function f287(x) return f288(x - 287) end
function f288(x) return f289((x ~ 288) & 0xffffff) end
function f289(x) return f290(x // 2 + 289) end
function f290(x) return f291(x + 290) end
function f291(x) return f292(x * 3 % 1000003) end
function f292(x) return f293(x - 292) end
function f293(x) return f294((x ~ 293) & 0xffffff) end
function f294(x) return f295(x // 2 + 294) end
function f295(x) return f296(x + 295) end
function f296(x) return f297(x * 3 % 1000003) end
function f297(x) return f298(x - 297) end
function f298(x) return f299((x ~ 298) & 0xffffff) end
function f299(x) return f300(x // 2 + 299) end
function f300(x) return f301(x + 300) end
function f301(x) return f302(x * 3 % 1000003) end
function f302(x) return f303(x - 302) end
function f303(x) return f304((x ~ 303) & 0xffffff) end
function f304(x) return f305(x // 2 + 304) end
function f305(x) return f306(x + 305) end
function f306(x) return f307(x * 3 % 1000003) end
function f307(x) return f308(x - 307) end
function f308(x) return f309((x ~ 308) & 0xffffff) end
function f309(x) return f310(x // 2 + 309) end
function f310(x) return f311(x + 310) end
function f311(x) return f312(x * 3 % 1000003) end
function f312(x) return f313(x - 312) end
function f313(x) return f314((x ~ 313) & 0xffffff) end
function f314(x) return f315(x // 2 + 314) end
function f315(x) return f316(x + 315) end
function f316(x) return f317(x * 3 % 1000003) end
function f317(x) return f318(x - 317) end
function f318(x) return f319((x ~ 318) & 0xffffff) end
function f319(x) return f320(x // 2 + 319) end
function f320(x) return f321(x + 320) end
function f321(x) return f322(x * 3 % 1000003) end
function f322(x) return f323(x - 322) end
function f323(x) return f324((x ~ 323) & 0xffffff) end
function f324(x) return f325(x // 2 + 324) end
function f325(x) return f326(x + 325) end
function f326(x) return f327(x * 3 % 1000003) end
function f327(x) return f328(x - 327) end
function f328(x) return f329((x ~ 328) & 0xffffff) end
function f329(x) return f330(x // 2 + 329) end
function f330(x) return f331(x + 330) end
function f331(x) return f332(x * 3 % 1000003) end
function f332(x) return f333(x - 332) end
function f333(x) return f334((x ~ 333) & 0xffffff) end
function f334(x) return f335(x // 2 + 334) end
function f335(x) return f336(x + 335) end
function f336(x) return f337(x * 3 % 1000003) end
function f337(x) return f338(x - 337) end
function f338(x) return f339((x ~ 338) & 0xffffff) end
function f339(x) return f340(x // 2 + 339) end
function f340(x) return f341(x + 340) end
function f341(x) return f342(x * 3 % 1000003) end
function f342(x) return f343(x - 342) end
function f343(x) return f344((x ~ 343) & 0xffffff) end
function f344(x) return f345(x // 2 + 344) end
function f345(x) return f346(x + 345) end
function f346(x) return f347(x * 3 % 1000003) end
function f347(x) return f348(x - 347) end
function f348(x) return f349((x ~ 348) & 0xffffff) end
function f349(x) return f350(x // 2 + 349) end
function f350(x) return f351(x + 350) end
function f351(x) return f352(x * 3 % 1000003) end
function f352(x) return f353(x - 352) end
function f353(x) return f354((x ~ 353) & 0xffffff) end
function f354(x) return f355(x // 2 + 354) end
function f355(x) return f356(x + 355) end
function f356(x) return f357(x * 3 % 1000003) end
function f357(x) return f358(x - 357) end
function f358(x) return f359((x ~ 358) & 0xffffff) end
function f359(x) return f360(x // 2 + 359) end
function f360(x) return f361(x + 360) end
function f361(x) return f362(x * 3 % 1000003) end
function f362(x) return f363(x - 362) end
function f363(x) return f364((x ~ 363) & 0xffffff) end
function f364(x) return f365(x // 2 + 364) end
function f365(x) return f366(x + 365) end
function f366(x) return f367(x * 3 % 1000003) end
function f367(x) return f368(x - 367) end
function f368(x) return f369((x ~ 368) & 0xffffff) end
function f369(x) return f370(x // 2 + 369) end
function f370(x) return f371(x + 370) end
function f371(x) return f372(x * 3 % 1000003) end
function f372(x) return f373(x - 372) end
function f373(x) return f374((x ~ 373) & 0xffffff) end
function f374(x) return f375(x // 2 + 374) end
function f375(x) return f376(x + 375) end
function f376(x) return f377(x * 3 % 1000003) end
function f377(x) return f378(x - 377) end
function f378(x) return f379((x ~ 378) & 0xffffff) end
function f379(x) return f380(x // 2 + 379) end
function f380(x) return f381(x + 380) end
function f381(x) return f382(x * 3 % 1000003) end
function f382(x) return f383(x - 382) end
function f383(x) return f384((x ~ 383) & 0xffffff) end
function f384(x) return f385(x // 2 + 384) end
function f385(x) return f386(x + 385) end
function f386(x) return f387(x * 3 % 1000003) end
function f387(x) return f388(x - 387) end
function f388(x) return f389((x ~ 388) & 0xffffff) end
function f389(x) return f390(x // 2 + 389) end
function f390(x) return f391(x + 390) end
function f391(x) return f392(x * 3 % 1000003) end
function f392(x) return f393(x - 392) end
function f393(x) return f394((x ~ 393) & 0xffffff) end
function f394(x) return f395(x // 2 + 394) end
function f395(x) return f396(x + 395) end
function f396(x) return f397(x * 3 % 1000003) end
function f397(x) return f398(x - 397) end
function f398(x) return f399((x ~ 398) & 0xffffff) end
function f399(x) return x // 2 + 399 end
print("chain", f0(1), f0(2), f200(7), f399(5))
local s = 0
for i = 1, 300 do s = (s + f0(i)) % 1000000007 end
print("hot chain", s)
print("float", f390(1.5))
print("float chain", f0(0.5))
