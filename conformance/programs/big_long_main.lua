-- a 2200-statement main chunk
local x, y = 0, 1
x = x + 0
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t3 = x * 2
x = x % 100000
print(5, x, y)
x = x + 6
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t9 = x * 2
x = x % 100000
y = y + 1
x = x + 12
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t15 = x * 2
x = x % 100000
y = y + 1
x = x + 18
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t21 = x * 2
x = x % 100000
y = y + 1
x = x + 24
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t27 = x * 2
x = x % 100000
y = y + 1
x = x + 30
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t33 = x * 2
x = x % 100000
y = y + 1
x = x + 36
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t39 = x * 2
x = x % 100000
y = y + 1
x = x + 42
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t45 = x * 2
x = x % 100000
y = y + 1
x = x + 48
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t51 = x * 2
x = x % 100000
y = y + 1
x = x + 54
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t57 = x * 2
x = x % 100000
y = y + 1
x = x + 60
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t63 = x * 2
x = x % 100000
y = y + 1
x = x + 66
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t69 = x * 2
x = x % 100000
y = y + 1
x = x + 72
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t75 = x * 2
x = x % 100000
y = y + 1
x = x + 78
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t81 = x * 2
x = x % 100000
y = y + 1
x = x + 84
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t87 = x * 2
x = x % 100000
y = y + 1
x = x + 90
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t93 = x * 2
x = x % 100000
y = y + 1
x = x + 96
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t99 = x * 2
x = x % 100000
y = y + 1
x = x + 102
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t105 = x * 2
x = x % 100000
y = y + 1
x = x + 108
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t111 = x * 2
x = x % 100000
y = y + 1
x = x + 114
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t117 = x * 2
x = x % 100000
y = y + 1
x = x + 120
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t123 = x * 2
x = x % 100000
y = y + 1
x = x + 126
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t129 = x * 2
x = x % 100000
y = y + 1
x = x + 132
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t135 = x * 2
x = x % 100000
y = y + 1
x = x + 138
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t141 = x * 2
x = x % 100000
y = y + 1
x = x + 144
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t147 = x * 2
x = x % 100000
y = y + 1
x = x + 150
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t153 = x * 2
x = x % 100000
y = y + 1
x = x + 156
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t159 = x * 2
x = x % 100000
y = y + 1
x = x + 162
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t165 = x * 2
x = x % 100000
y = y + 1
x = x + 168
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t171 = x * 2
x = x % 100000
y = y + 1
x = x + 174
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t177 = x * 2
x = x % 100000
y = y + 1
x = x + 180
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t183 = x * 2
x = x % 100000
y = y + 1
x = x + 186
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t189 = x * 2
x = x % 100000
y = y + 1
x = x + 192
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t195 = x * 2
x = x % 100000
y = y + 1
x = x + 198
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t201 = x * 2
x = x % 100000
y = y + 1
x = x + 204
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t207 = x * 2
x = x % 100000
y = y + 1
x = x + 210
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t213 = x * 2
x = x % 100000
y = y + 1
x = x + 216
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t219 = x * 2
x = x % 100000
y = y + 1
x = x + 222
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t225 = x * 2
x = x % 100000
y = y + 1
x = x + 228
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t231 = x * 2
x = x % 100000
y = y + 1
x = x + 234
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t237 = x * 2
x = x % 100000
y = y + 1
x = x + 240
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t243 = x * 2
x = x % 100000
y = y + 1
x = x + 246
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t249 = x * 2
x = x % 100000
y = y + 1
x = x + 252
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t255 = x * 2
x = x % 100000
y = y + 1
x = x + 258
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t261 = x * 2
x = x % 100000
y = y + 1
x = x + 264
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t267 = x * 2
x = x % 100000
y = y + 1
x = x + 270
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t273 = x * 2
x = x % 100000
y = y + 1
x = x + 276
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t279 = x * 2
x = x % 100000
y = y + 1
x = x + 282
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t285 = x * 2
x = x % 100000
y = y + 1
x = x + 288
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t291 = x * 2
x = x % 100000
y = y + 1
x = x + 294
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t297 = x * 2
x = x % 100000
y = y + 1
x = x + 300
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t303 = x * 2
x = x % 100000
print(305, x, y)
x = x + 306
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t309 = x * 2
x = x % 100000
y = y + 1
x = x + 312
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t315 = x * 2
x = x % 100000
y = y + 1
x = x + 318
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t321 = x * 2
x = x % 100000
y = y + 1
x = x + 324
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t327 = x * 2
x = x % 100000
y = y + 1
x = x + 330
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t333 = x * 2
x = x % 100000
y = y + 1
x = x + 336
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t339 = x * 2
x = x % 100000
y = y + 1
x = x + 342
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t345 = x * 2
x = x % 100000
y = y + 1
x = x + 348
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t351 = x * 2
x = x % 100000
y = y + 1
x = x + 354
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t357 = x * 2
x = x % 100000
y = y + 1
x = x + 360
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t363 = x * 2
x = x % 100000
y = y + 1
x = x + 366
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t369 = x * 2
x = x % 100000
y = y + 1
x = x + 372
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t375 = x * 2
x = x % 100000
y = y + 1
x = x + 378
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t381 = x * 2
x = x % 100000
y = y + 1
x = x + 384
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t387 = x * 2
x = x % 100000
y = y + 1
x = x + 390
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t393 = x * 2
x = x % 100000
y = y + 1
x = x + 396
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t399 = x * 2
x = x % 100000
y = y + 1
x = x + 402
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t405 = x * 2
x = x % 100000
y = y + 1
x = x + 408
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t411 = x * 2
x = x % 100000
y = y + 1
x = x + 414
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t417 = x * 2
x = x % 100000
y = y + 1
x = x + 420
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t423 = x * 2
x = x % 100000
y = y + 1
x = x + 426
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t429 = x * 2
x = x % 100000
y = y + 1
x = x + 432
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t435 = x * 2
x = x % 100000
y = y + 1
x = x + 438
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t441 = x * 2
x = x % 100000
y = y + 1
x = x + 444
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t447 = x * 2
x = x % 100000
y = y + 1
x = x + 450
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t453 = x * 2
x = x % 100000
y = y + 1
x = x + 456
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t459 = x * 2
x = x % 100000
y = y + 1
x = x + 462
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t465 = x * 2
x = x % 100000
y = y + 1
x = x + 468
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t471 = x * 2
x = x % 100000
y = y + 1
x = x + 474
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t477 = x * 2
x = x % 100000
y = y + 1
x = x + 480
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t483 = x * 2
x = x % 100000
y = y + 1
x = x + 486
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t489 = x * 2
x = x % 100000
y = y + 1
x = x + 492
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t495 = x * 2
x = x % 100000
y = y + 1
x = x + 498
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t501 = x * 2
x = x % 100000
y = y + 1
x = x + 504
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t507 = x * 2
x = x % 100000
y = y + 1
x = x + 510
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t513 = x * 2
x = x % 100000
y = y + 1
x = x + 516
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t519 = x * 2
x = x % 100000
y = y + 1
x = x + 522
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t525 = x * 2
x = x % 100000
y = y + 1
x = x + 528
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t531 = x * 2
x = x % 100000
y = y + 1
x = x + 534
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t537 = x * 2
x = x % 100000
y = y + 1
x = x + 540
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t543 = x * 2
x = x % 100000
y = y + 1
x = x + 546
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t549 = x * 2
x = x % 100000
y = y + 1
x = x + 552
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t555 = x * 2
x = x % 100000
y = y + 1
x = x + 558
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t561 = x * 2
x = x % 100000
y = y + 1
x = x + 564
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t567 = x * 2
x = x % 100000
y = y + 1
x = x + 570
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t573 = x * 2
x = x % 100000
y = y + 1
x = x + 576
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t579 = x * 2
x = x % 100000
y = y + 1
x = x + 582
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t585 = x * 2
x = x % 100000
y = y + 1
x = x + 588
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t591 = x * 2
x = x % 100000
y = y + 1
x = x + 594
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
local t597 = x * 2
x = x % 100000
y = y + 1
x = x + 600
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
print(605, x, y)
x = x + 606
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 612
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 618
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 624
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 630
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 636
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 642
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 648
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 654
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 660
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 666
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 672
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 678
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 684
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 690
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 696
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 702
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 708
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 714
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 720
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 726
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 732
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 738
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 744
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 750
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 756
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 762
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 768
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 774
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 780
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 786
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 792
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 798
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 804
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 810
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 816
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 822
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 828
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 834
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 840
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 846
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 852
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 858
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 864
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 870
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 876
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 882
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 888
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 894
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 900
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
print(905, x, y)
x = x + 906
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 912
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 918
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 924
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 930
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 936
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 942
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 948
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 954
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 960
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 966
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 972
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 978
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 984
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 990
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 996
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1002
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1008
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1014
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1020
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1026
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1032
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1038
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1044
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1050
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1056
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1062
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1068
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1074
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1080
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1086
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1092
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1098
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1104
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1110
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1116
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1122
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1128
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1134
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1140
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1146
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1152
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1158
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1164
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1170
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1176
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1182
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1188
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1194
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1200
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
print(1205, x, y)
x = x + 1206
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1212
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1218
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1224
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1230
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1236
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1242
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1248
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1254
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1260
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1266
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1272
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1278
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1284
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1290
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1296
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1302
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1308
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1314
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1320
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1326
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1332
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1338
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1344
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1350
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1356
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1362
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1368
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1374
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1380
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1386
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1392
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1398
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1404
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1410
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1416
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1422
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1428
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1434
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1440
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1446
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1452
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1458
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1464
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1470
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1476
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1482
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1488
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1494
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1500
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
print(1505, x, y)
x = x + 1506
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1512
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1518
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1524
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1530
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1536
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1542
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1548
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1554
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1560
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1566
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1572
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1578
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1584
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1590
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1596
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1602
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1608
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1614
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1620
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1626
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1632
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1638
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1644
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1650
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1656
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1662
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1668
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1674
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1680
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1686
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1692
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1698
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1704
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1710
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1716
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1722
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1728
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1734
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1740
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1746
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1752
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1758
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1764
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1770
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1776
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1782
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1788
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1794
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1800
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
print(1805, x, y)
x = x + 1806
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1812
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1818
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1824
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1830
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1836
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1842
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1848
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1854
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1860
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1866
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1872
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1878
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1884
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1890
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1896
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1902
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1908
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1914
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1920
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1926
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1932
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1938
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1944
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1950
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1956
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1962
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1968
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1974
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1980
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1986
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1992
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 1998
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2004
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2010
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2016
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2022
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2028
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2034
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2040
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2046
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2052
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2058
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2064
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2070
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2076
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2082
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2088
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2094
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2100
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
print(2105, x, y)
x = x + 2106
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2112
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2118
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2124
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2130
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2136
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2142
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2148
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2154
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2160
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2166
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2172
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2178
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2184
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2190
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
x = x % 100000
y = y + 1
x = x + 2196
y = (y * 7 + x) % 1000
if y > 500 then x = x - y else x = x + y end
x = x + 0
print("end", x, y)
