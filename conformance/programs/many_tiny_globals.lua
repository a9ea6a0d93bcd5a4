-- 500 tiny global functions; function i is called i*10 times, so they reach different tiers
function t0(a) return a * 2 - 0 end
function t1(a) return a + 1 end
function t2(a) return a + 2 end
function t3(a) return a * 2 - 3 end
function t4(a) return a + 4 end
function t5(a) return a + 5 end
function t6(a) return a * 2 - 6 end
function t7(a) return a + 7 end
function t8(a) return a + 8 end
function t9(a) return a * 2 - 9 end
function t10(a) return a + 10 end
function t11(a) return a + 11 end
function t12(a) return a * 2 - 12 end
function t13(a) return a + 13 end
function t14(a) return a + 14 end
function t15(a) return a * 2 - 15 end
function t16(a) return a + 16 end
function t17(a) return a + 17 end
function t18(a) return a * 2 - 18 end
function t19(a) return a + 19 end
function t20(a) return a + 20 end
function t21(a) return a * 2 - 21 end
function t22(a) return a + 22 end
function t23(a) return a + 23 end
function t24(a) return a * 2 - 24 end
function t25(a) return a + 25 end
function t26(a) return a + 26 end
function t27(a) return a * 2 - 27 end
function t28(a) return a + 28 end
function t29(a) return a + 29 end
function t30(a) return a * 2 - 30 end
function t31(a) return a + 31 end
function t32(a) return a + 32 end
function t33(a) return a * 2 - 33 end
function t34(a) return a + 34 end
function t35(a) return a + 35 end
function t36(a) return a * 2 - 36 end
function t37(a) return a + 37 end
function t38(a) return a + 38 end
function t39(a) return a * 2 - 39 end
function t40(a) return a + 40 end
function t41(a) return a + 41 end
function t42(a) return a * 2 - 42 end
function t43(a) return a + 43 end
function t44(a) return a + 44 end
function t45(a) return a * 2 - 45 end
function t46(a) return a + 46 end
function t47(a) return a + 47 end
function t48(a) return a * 2 - 48 end
function t49(a) return a + 49 end
function t50(a) return a + 50 end
function t51(a) return a * 2 - 51 end
function t52(a) return a + 52 end
function t53(a) return a + 53 end
function t54(a) return a * 2 - 54 end
function t55(a) return a + 55 end
function t56(a) return a + 56 end
function t57(a) return a * 2 - 57 end
function t58(a) return a + 58 end
function t59(a) return a + 59 end
function t60(a) return a * 2 - 60 end
function t61(a) return a + 61 end
function t62(a) return a + 62 end
function t63(a) return a * 2 - 63 end
function t64(a) return a + 64 end
function t65(a) return a + 65 end
function t66(a) return a * 2 - 66 end
function t67(a) return a + 67 end
function t68(a) return a + 68 end
function t69(a) return a * 2 - 69 end
function t70(a) return a + 70 end
function t71(a) return a + 71 end
function t72(a) return a * 2 - 72 end
function t73(a) return a + 73 end
function t74(a) return a + 74 end
function t75(a) return a * 2 - 75 end
function t76(a) return a + 76 end
function t77(a) return a + 77 end
function t78(a) return a * 2 - 78 end
function t79(a) return a + 79 end
function t80(a) return a + 80 end
function t81(a) return a * 2 - 81 end
function t82(a) return a + 82 end
function t83(a) return a + 83 end
function t84(a) return a * 2 - 84 end
function t85(a) return a + 85 end
function t86(a) return a + 86 end
function t87(a) return a * 2 - 87 end
function t88(a) return a + 88 end
function t89(a) return a + 89 end
function t90(a) return a * 2 - 90 end
function t91(a) return a + 91 end
function t92(a) return a + 92 end
function t93(a) return a * 2 - 93 end
function t94(a) return a + 94 end
function t95(a) return a + 95 end
function t96(a) return a * 2 - 96 end
function t97(a) return a + 97 end
function t98(a) return a + 98 end
function t99(a) return a * 2 - 99 end
function t100(a) return a + 100 end
function t101(a) return a + 101 end
function t102(a) return a * 2 - 102 end
function t103(a) return a + 103 end
function t104(a) return a + 104 end
function t105(a) return a * 2 - 105 end
function t106(a) return a + 106 end
function t107(a) return a + 107 end
function t108(a) return a * 2 - 108 end
function t109(a) return a + 109 end
function t110(a) return a + 110 end
function t111(a) return a * 2 - 111 end
function t112(a) return a + 112 end
function t113(a) return a + 113 end
function t114(a) return a * 2 - 114 end
function t115(a) return a + 115 end
function t116(a) return a + 116 end
function t117(a) return a * 2 - 117 end
function t118(a) return a + 118 end
function t119(a) return a + 119 end
function t120(a) return a * 2 - 120 end
function t121(a) return a + 121 end
function t122(a) return a + 122 end
function t123(a) return a * 2 - 123 end
function t124(a) return a + 124 end
function t125(a) return a + 125 end
function t126(a) return a * 2 - 126 end
function t127(a) return a + 127 end
function t128(a) return a + 128 end
function t129(a) return a * 2 - 129 end
function t130(a) return a + 130 end
function t131(a) return a + 131 end
function t132(a) return a * 2 - 132 end
function t133(a) return a + 133 end
function t134(a) return a + 134 end
function t135(a) return a * 2 - 135 end
function t136(a) return a + 136 end
function t137(a) return a + 137 end
function t138(a) return a * 2 - 138 end
function t139(a) return a + 139 end
function t140(a) return a + 140 end
function t141(a) return a * 2 - 141 end
function t142(a) return a + 142 end
function t143(a) return a + 143 end
function t144(a) return a * 2 - 144 end
function t145(a) return a + 145 end
function t146(a) return a + 146 end
function t147(a) return a * 2 - 147 end
function t148(a) return a + 148 end
function t149(a) return a + 149 end
function t150(a) return a * 2 - 150 end
function t151(a) return a + 151 end
function t152(a) return a + 152 end
function t153(a) return a * 2 - 153 end
function t154(a) return a + 154 end
function t155(a) return a + 155 end
function t156(a) return a * 2 - 156 end
function t157(a) return a + 157 end
function t158(a) return a + 158 end
function t159(a) return a * 2 - 159 end
function t160(a) return a + 160 end
function t161(a) return a + 161 end
function t162(a) return a * 2 - 162 end
function t163(a) return a + 163 end
function t164(a) return a + 164 end
function t165(a) return a * 2 - 165 end
function t166(a) return a + 166 end
function t167(a) return a + 167 end
function t168(a) return a * 2 - 168 end
function t169(a) return a + 169 end
function t170(a) return a + 170 end
function t171(a) return a * 2 - 171 end
function t172(a) return a + 172 end
function t173(a) return a + 173 end
function t174(a) return a * 2 - 174 end
function t175(a) return a + 175 end
function t176(a) return a + 176 end
function t177(a) return a * 2 - 177 end
function t178(a) return a + 178 end
function t179(a) return a + 179 end
function t180(a) return a * 2 - 180 end
function t181(a) return a + 181 end
function t182(a) return a + 182 end
function t183(a) return a * 2 - 183 end
function t184(a) return a + 184 end
function t185(a) return a + 185 end
function t186(a) return a * 2 - 186 end
function t187(a) return a + 187 end
function t188(a) return a + 188 end
function t189(a) return a * 2 - 189 end
function t190(a) return a + 190 end
function t191(a) return a + 191 end
function t192(a) return a * 2 - 192 end
function t193(a) return a + 193 end
function t194(a) return a + 194 end
function t195(a) return a * 2 - 195 end
function t196(a) return a + 196 end
function t197(a) return a + 197 end
function t198(a) return a * 2 - 198 end
function t199(a) return a + 199 end
function t200(a) return a + 200 end
function t201(a) return a * 2 - 201 end
function t202(a) return a + 202 end
function t203(a) return a + 203 end
function t204(a) return a * 2 - 204 end
function t205(a) return a + 205 end
function t206(a) return a + 206 end
function t207(a) return a * 2 - 207 end
function t208(a) return a + 208 end
function t209(a) return a + 209 end
function t210(a) return a * 2 - 210 end
function t211(a) return a + 211 end
function t212(a) return a + 212 end
function t213(a) return a * 2 - 213 end
function t214(a) return a + 214 end
function t215(a) return a + 215 end
function t216(a) return a * 2 - 216 end
function t217(a) return a + 217 end
function t218(a) return a + 218 end
function t219(a) return a * 2 - 219 end
function t220(a) return a + 220 end
function t221(a) return a + 221 end
function t222(a) return a * 2 - 222 end
function t223(a) return a + 223 end
function t224(a) return a + 224 end
function t225(a) return a * 2 - 225 end
function t226(a) return a + 226 end
function t227(a) return a + 227 end
function t228(a) return a * 2 - 228 end
function t229(a) return a + 229 end
function t230(a) return a + 230 end
function t231(a) return a * 2 - 231 end
function t232(a) return a + 232 end
function t233(a) return a + 233 end
function t234(a) return a * 2 - 234 end
function t235(a) return a + 235 end
function t236(a) return a + 236 end
function t237(a) return a * 2 - 237 end
function t238(a) return a + 238 end
function t239(a) return a + 239 end
function t240(a) return a * 2 - 240 end
function t241(a) return a + 241 end
function t242(a) return a + 242 end
function t243(a) return a * 2 - 243 end
function t244(a) return a + 244 end
function t245(a) return a + 245 end
function t246(a) return a * 2 - 246 end
function t247(a) return a + 247 end
function t248(a) return a + 248 end
function t249(a) return a * 2 - 249 end
function t250(a) return a + 250 end
function t251(a) return a + 251 end
function t252(a) return a * 2 - 252 end
function t253(a) return a + 253 end
function t254(a) return a + 254 end
function t255(a) return a * 2 - 255 end
function t256(a) return a + 256 end
function t257(a) return a + 257 end
function t258(a) return a * 2 - 258 end
function t259(a) return a + 259 end
function t260(a) return a + 260 end
function t261(a) return a * 2 - 261 end
function t262(a) return a + 262 end
function t263(a) return a + 263 end
function t264(a) return a * 2 - 264 end
function t265(a) return a + 265 end
function t266(a) return a + 266 end
function t267(a) return a * 2 - 267 end
function t268(a) return a + 268 end
function t269(a) return a + 269 end
function t270(a) return a * 2 - 270 end
function t271(a) return a + 271 end
function t272(a) return a + 272 end
function t273(a) return a * 2 - 273 end
function t274(a) return a + 274 end
function t275(a) return a + 275 end
function t276(a) return a * 2 - 276 end
function t277(a) return a + 277 end
function t278(a) return a + 278 end
function t279(a) return a * 2 - 279 end
function t280(a) return a + 280 end
function t281(a) return a + 281 end
function t282(a) return a * 2 - 282 end
function t283(a) return a + 283 end
function t284(a) return a + 284 end
function t285(a) return a * 2 - 285 end
function t286(a) return a + 286 end
function t287(a) return a + 287 end
function t288(a) return a * 2 - 288 end
function t289(a) return a + 289 end
function t290(a) return a + 290 end
function t291(a) return a * 2 - 291 end
function t292(a) return a + 292 end
function t293(a) return a + 293 end
function t294(a) return a * 2 - 294 end
function t295(a) return a + 295 end
function t296(a) return a + 296 end
function t297(a) return a * 2 - 297 end
function t298(a) return a + 298 end
function t299(a) return a + 299 end
function t300(a) return a * 2 - 300 end
function t301(a) return a + 301 end
function t302(a) return a + 302 end
function t303(a) return a * 2 - 303 end
function t304(a) return a + 304 end
function t305(a) return a + 305 end
function t306(a) return a * 2 - 306 end
function t307(a) return a + 307 end
function t308(a) return a + 308 end
function t309(a) return a * 2 - 309 end
function t310(a) return a + 310 end
function t311(a) return a + 311 end
function t312(a) return a * 2 - 312 end
function t313(a) return a + 313 end
function t314(a) return a + 314 end
function t315(a) return a * 2 - 315 end
function t316(a) return a + 316 end
function t317(a) return a + 317 end
function t318(a) return a * 2 - 318 end
function t319(a) return a + 319 end
function t320(a) return a + 320 end
function t321(a) return a * 2 - 321 end
function t322(a) return a + 322 end
function t323(a) return a + 323 end
function t324(a) return a * 2 - 324 end
function t325(a) return a + 325 end
function t326(a) return a + 326 end
function t327(a) return a * 2 - 327 end
function t328(a) return a + 328 end
function t329(a) return a + 329 end
function t330(a) return a * 2 - 330 end
function t331(a) return a + 331 end
function t332(a) return a + 332 end
function t333(a) return a * 2 - 333 end
function t334(a) return a + 334 end
function t335(a) return a + 335 end
function t336(a) return a * 2 - 336 end
function t337(a) return a + 337 end
function t338(a) return a + 338 end
function t339(a) return a * 2 - 339 end
function t340(a) return a + 340 end
function t341(a) return a + 341 end
function t342(a) return a * 2 - 342 end
function t343(a) return a + 343 end
function t344(a) return a + 344 end
function t345(a) return a * 2 - 345 end
function t346(a) return a + 346 end
function t347(a) return a + 347 end
function t348(a) return a * 2 - 348 end
function t349(a) return a + 349 end
function t350(a) return a + 350 end
function t351(a) return a * 2 - 351 end
function t352(a) return a + 352 end
function t353(a) return a + 353 end
function t354(a) return a * 2 - 354 end
function t355(a) return a + 355 end
function t356(a) return a + 356 end
function t357(a) return a * 2 - 357 end
function t358(a) return a + 358 end
function t359(a) return a + 359 end
function t360(a) return a * 2 - 360 end
function t361(a) return a + 361 end
function t362(a) return a + 362 end
function t363(a) return a * 2 - 363 end
function t364(a) return a + 364 end
function t365(a) return a + 365 end
function t366(a) return a * 2 - 366 end
function t367(a) return a + 367 end
function t368(a) return a + 368 end
function t369(a) return a * 2 - 369 end
function t370(a) return a + 370 end
function t371(a) return a + 371 end
function t372(a) return a * 2 - 372 end
function t373(a) return a + 373 end
function t374(a) return a + 374 end
function t375(a) return a * 2 - 375 end
function t376(a) return a + 376 end
function t377(a) return a + 377 end
function t378(a) return a * 2 - 378 end
function t379(a) return a + 379 end
function t380(a) return a + 380 end
function t381(a) return a * 2 - 381 end
function t382(a) return a + 382 end
function t383(a) return a + 383 end
function t384(a) return a * 2 - 384 end
function t385(a) return a + 385 end
function t386(a) return a + 386 end
function t387(a) return a * 2 - 387 end
function t388(a) return a + 388 end
function t389(a) return a + 389 end
function t390(a) return a * 2 - 390 end
function t391(a) return a + 391 end
function t392(a) return a + 392 end
function t393(a) return a * 2 - 393 end
function t394(a) return a + 394 end
function t395(a) return a + 395 end
function t396(a) return a * 2 - 396 end
function t397(a) return a + 397 end
function t398(a) return a + 398 end
function t399(a) return a * 2 - 399 end
function t400(a) return a + 400 end
function t401(a) return a + 401 end
function t402(a) return a * 2 - 402 end
function t403(a) return a + 403 end
function t404(a) return a + 404 end
function t405(a) return a * 2 - 405 end
function t406(a) return a + 406 end
function t407(a) return a + 407 end
function t408(a) return a * 2 - 408 end
function t409(a) return a + 409 end
function t410(a) return a + 410 end
function t411(a) return a * 2 - 411 end
function t412(a) return a + 412 end
function t413(a) return a + 413 end
function t414(a) return a * 2 - 414 end
function t415(a) return a + 415 end
function t416(a) return a + 416 end
function t417(a) return a * 2 - 417 end
function t418(a) return a + 418 end
function t419(a) return a + 419 end
function t420(a) return a * 2 - 420 end
function t421(a) return a + 421 end
function t422(a) return a + 422 end
function t423(a) return a * 2 - 423 end
function t424(a) return a + 424 end
function t425(a) return a + 425 end
function t426(a) return a * 2 - 426 end
function t427(a) return a + 427 end
function t428(a) return a + 428 end
function t429(a) return a * 2 - 429 end
function t430(a) return a + 430 end
function t431(a) return a + 431 end
function t432(a) return a * 2 - 432 end
function t433(a) return a + 433 end
function t434(a) return a + 434 end
function t435(a) return a * 2 - 435 end
function t436(a) return a + 436 end
function t437(a) return a + 437 end
function t438(a) return a * 2 - 438 end
function t439(a) return a + 439 end
function t440(a) return a + 440 end
function t441(a) return a * 2 - 441 end
function t442(a) return a + 442 end
function t443(a) return a + 443 end
function t444(a) return a * 2 - 444 end
function t445(a) return a + 445 end
function t446(a) return a + 446 end
function t447(a) return a * 2 - 447 end
function t448(a) return a + 448 end
function t449(a) return a + 449 end
function t450(a) return a * 2 - 450 end
function t451(a) return a + 451 end
function t452(a) return a + 452 end
function t453(a) return a * 2 - 453 end
function t454(a) return a + 454 end
function t455(a) return a + 455 end
function t456(a) return a * 2 - 456 end
function t457(a) return a + 457 end
function t458(a) return a + 458 end
function t459(a) return a * 2 - 459 end
function t460(a) return a + 460 end
function t461(a) return a + 461 end
function t462(a) return a * 2 - 462 end
function t463(a) return a + 463 end
function t464(a) return a + 464 end
function t465(a) return a * 2 - 465 end
function t466(a) return a + 466 end
function t467(a) return a + 467 end
function t468(a) return a * 2 - 468 end
function t469(a) return a + 469 end
function t470(a) return a + 470 end
function t471(a) return a * 2 - 471 end
function t472(a) return a + 472 end
function t473(a) return a + 473 end
function t474(a) return a * 2 - 474 end
function t475(a) return a + 475 end
function t476(a) return a + 476 end
function t477(a) return a * 2 - 477 end
function t478(a) return a + 478 end
function t479(a) return a + 479 end
function t480(a) return a * 2 - 480 end
function t481(a) return a + 481 end
function t482(a) return a + 482 end
function t483(a) return a * 2 - 483 end
function t484(a) return a + 484 end
function t485(a) return a + 485 end
function t486(a) return a * 2 - 486 end
function t487(a) return a + 487 end
function t488(a) return a + 488 end
function t489(a) return a * 2 - 489 end
function t490(a) return a + 490 end
function t491(a) return a + 491 end
function t492(a) return a * 2 - 492 end
function t493(a) return a + 493 end
function t494(a) return a + 494 end
function t495(a) return a * 2 - 495 end
function t496(a) return a + 496 end
function t497(a) return a + 497 end
function t498(a) return a * 2 - 498 end
function t499(a) return a + 499 end
local total = 0
for i = 1, 10 do
  total = (total + t0(i) + t1(i) + t2(i) + t3(i) + t4(i) + t5(i) + t6(i) + t7(i) + t8(i) + t9(i) + t10(i) + t11(i) + t12(i) + t13(i) + t14(i) + t15(i) + t16(i) + t17(i) + t18(i) + t19(i) + t20(i) + t21(i) + t22(i) + t23(i) + t24(i) + t25(i) + t26(i) + t27(i) + t28(i) + t29(i) + t30(i) + t31(i) + t32(i) + t33(i) + t34(i) + t35(i) + t36(i) + t37(i) + t38(i) + t39(i) + t40(i) + t41(i) + t42(i) + t43(i) + t44(i) + t45(i) + t46(i) + t47(i) + t48(i) + t49(i)) % 1000000007
end
for i = 1, 10 do
  total = (total + t50(i) + t51(i) + t52(i) + t53(i) + t54(i) + t55(i) + t56(i) + t57(i) + t58(i) + t59(i) + t60(i) + t61(i) + t62(i) + t63(i) + t64(i) + t65(i) + t66(i) + t67(i) + t68(i) + t69(i) + t70(i) + t71(i) + t72(i) + t73(i) + t74(i) + t75(i) + t76(i) + t77(i) + t78(i) + t79(i) + t80(i) + t81(i) + t82(i) + t83(i) + t84(i) + t85(i) + t86(i) + t87(i) + t88(i) + t89(i) + t90(i) + t91(i) + t92(i) + t93(i) + t94(i) + t95(i) + t96(i) + t97(i) + t98(i) + t99(i)) % 1000000007
end
for i = 1, 10 do
  total = (total + t100(i) + t101(i) + t102(i) + t103(i) + t104(i) + t105(i) + t106(i) + t107(i) + t108(i) + t109(i) + t110(i) + t111(i) + t112(i) + t113(i) + t114(i) + t115(i) + t116(i) + t117(i) + t118(i) + t119(i) + t120(i) + t121(i) + t122(i) + t123(i) + t124(i) + t125(i) + t126(i) + t127(i) + t128(i) + t129(i) + t130(i) + t131(i) + t132(i) + t133(i) + t134(i) + t135(i) + t136(i) + t137(i) + t138(i) + t139(i) + t140(i) + t141(i) + t142(i) + t143(i) + t144(i) + t145(i) + t146(i) + t147(i) + t148(i) + t149(i)) % 1000000007
end
for i = 1, 10 do
  total = (total + t150(i) + t151(i) + t152(i) + t153(i) + t154(i) + t155(i) + t156(i) + t157(i) + t158(i) + t159(i) + t160(i) + t161(i) + t162(i) + t163(i) + t164(i) + t165(i) + t166(i) + t167(i) + t168(i) + t169(i) + t170(i) + t171(i) + t172(i) + t173(i) + t174(i) + t175(i) + t176(i) + t177(i) + t178(i) + t179(i) + t180(i) + t181(i) + t182(i) + t183(i) + t184(i) + t185(i) + t186(i) + t187(i) + t188(i) + t189(i) + t190(i) + t191(i) + t192(i) + t193(i) + t194(i) + t195(i) + t196(i) + t197(i) + t198(i) + t199(i)) % 1000000007
end
for i = 1, 10 do
  total = (total + t200(i) + t201(i) + t202(i) + t203(i) + t204(i) + t205(i) + t206(i) + t207(i) + t208(i) + t209(i) + t210(i) + t211(i) + t212(i) + t213(i) + t214(i) + t215(i) + t216(i) + t217(i) + t218(i) + t219(i) + t220(i) + t221(i) + t222(i) + t223(i) + t224(i) + t225(i) + t226(i) + t227(i) + t228(i) + t229(i) + t230(i) + t231(i) + t232(i) + t233(i) + t234(i) + t235(i) + t236(i) + t237(i) + t238(i) + t239(i) + t240(i) + t241(i) + t242(i) + t243(i) + t244(i) + t245(i) + t246(i) + t247(i) + t248(i) + t249(i)) % 1000000007
end
for i = 1, 10 do
  total = (total + t250(i) + t251(i) + t252(i) + t253(i) + t254(i) + t255(i) + t256(i) + t257(i) + t258(i) + t259(i) + t260(i) + t261(i) + t262(i) + t263(i) + t264(i) + t265(i) + t266(i) + t267(i) + t268(i) + t269(i) + t270(i) + t271(i) + t272(i) + t273(i) + t274(i) + t275(i) + t276(i) + t277(i) + t278(i) + t279(i) + t280(i) + t281(i) + t282(i) + t283(i) + t284(i) + t285(i) + t286(i) + t287(i) + t288(i) + t289(i) + t290(i) + t291(i) + t292(i) + t293(i) + t294(i) + t295(i) + t296(i) + t297(i) + t298(i) + t299(i)) % 1000000007
end
for i = 1, 10 do
  total = (total + t300(i) + t301(i) + t302(i) + t303(i) + t304(i) + t305(i) + t306(i) + t307(i) + t308(i) + t309(i) + t310(i) + t311(i) + t312(i) + t313(i) + t314(i) + t315(i) + t316(i) + t317(i) + t318(i) + t319(i) + t320(i) + t321(i) + t322(i) + t323(i) + t324(i) + t325(i) + t326(i) + t327(i) + t328(i) + t329(i) + t330(i) + t331(i) + t332(i) + t333(i) + t334(i) + t335(i) + t336(i) + t337(i) + t338(i) + t339(i) + t340(i) + t341(i) + t342(i) + t343(i) + t344(i) + t345(i) + t346(i) + t347(i) + t348(i) + t349(i)) % 1000000007
end
for i = 1, 10 do
  total = (total + t350(i) + t351(i) + t352(i) + t353(i) + t354(i) + t355(i) + t356(i) + t357(i) + t358(i) + t359(i) + t360(i) + t361(i) + t362(i) + t363(i) + t364(i) + t365(i) + t366(i) + t367(i) + t368(i) + t369(i) + t370(i) + t371(i) + t372(i) + t373(i) + t374(i) + t375(i) + t376(i) + t377(i) + t378(i) + t379(i) + t380(i) + t381(i) + t382(i) + t383(i) + t384(i) + t385(i) + t386(i) + t387(i) + t388(i) + t389(i) + t390(i) + t391(i) + t392(i) + t393(i) + t394(i) + t395(i) + t396(i) + t397(i) + t398(i) + t399(i)) % 1000000007
end
for i = 1, 10 do
  total = (total + t400(i) + t401(i) + t402(i) + t403(i) + t404(i) + t405(i) + t406(i) + t407(i) + t408(i) + t409(i) + t410(i) + t411(i) + t412(i) + t413(i) + t414(i) + t415(i) + t416(i) + t417(i) + t418(i) + t419(i) + t420(i) + t421(i) + t422(i) + t423(i) + t424(i) + t425(i) + t426(i) + t427(i) + t428(i) + t429(i) + t430(i) + t431(i) + t432(i) + t433(i) + t434(i) + t435(i) + t436(i) + t437(i) + t438(i) + t439(i) + t440(i) + t441(i) + t442(i) + t443(i) + t444(i) + t445(i) + t446(i) + t447(i) + t448(i) + t449(i)) % 1000000007
end
for i = 1, 10 do
  total = (total + t450(i) + t451(i) + t452(i) + t453(i) + t454(i) + t455(i) + t456(i) + t457(i) + t458(i) + t459(i) + t460(i) + t461(i) + t462(i) + t463(i) + t464(i) + t465(i) + t466(i) + t467(i) + t468(i) + t469(i) + t470(i) + t471(i) + t472(i) + t473(i) + t474(i) + t475(i) + t476(i) + t477(i) + t478(i) + t479(i) + t480(i) + t481(i) + t482(i) + t483(i) + t484(i) + t485(i) + t486(i) + t487(i) + t488(i) + t489(i) + t490(i) + t491(i) + t492(i) + t493(i) + t494(i) + t495(i) + t496(i) + t497(i) + t498(i) + t499(i)) % 1000000007
end
print("round robin", total)
for rep = 1, 6000 do total = t499(total) % 100000 + t1(rep) - t0(rep) end
print("hot few", total)
t250 = t251
print("reassigned", t250(0))
print("float", t7(0.5), t9(0.5))
