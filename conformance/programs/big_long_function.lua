-- one very long function (2500+ statements) that also runs hot
local function long(x)
  local a, b, c, s = x, 1, 0, ""
  a = a + 0
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 4
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  s = s .. a .. "," .. b .. "," .. c .. ";"
  a = a + 10
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 14
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 20
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 24
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 30
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 34
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 40
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 44
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 50
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 54
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 60
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 64
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 70
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 74
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 80
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 84
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 90
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 94
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 3
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 104
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 13
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 114
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 23
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 124
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 33
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 134
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 43
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 144
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 53
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 154
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 63
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 164
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 73
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 174
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 83
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 184
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 93
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 194
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 6
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 204
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 16
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 214
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 26
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 224
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 36
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 234
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 46
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 244
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 56
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 254
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 66
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 264
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 76
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 274
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 86
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 284
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 96
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 294
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 9
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 304
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 19
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 314
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 29
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 324
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 39
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 334
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 49
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 344
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 59
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 354
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 69
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 364
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 79
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 374
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 89
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 384
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 2
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 394
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 12
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 404
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 22
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 414
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 32
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 424
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 42
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 434
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 52
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 444
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 62
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 454
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 72
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 464
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 82
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 474
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 92
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 484
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 5
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 494
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 15
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 504
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  s = s .. a .. "," .. b .. "," .. c .. ";"
  a = a + 25
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 514
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 35
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 524
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 45
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 534
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 55
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 544
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 65
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 554
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 75
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 564
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 85
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 574
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 95
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 584
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 8
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 594
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 18
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 604
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 28
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 614
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 38
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 624
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 48
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 634
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 58
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 644
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 68
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 654
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 78
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 664
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 88
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 674
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 1
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 684
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 11
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 694
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 21
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 704
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 31
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 714
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 41
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 724
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 51
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 734
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 61
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 744
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 71
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 754
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 81
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 764
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 91
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 774
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 4
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 784
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 14
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 794
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 24
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 804
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 34
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 814
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 44
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 824
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 54
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 834
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 64
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 844
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 74
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 854
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 84
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 864
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 94
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 874
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 7
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 884
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 17
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 894
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 27
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 904
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 37
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 914
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 47
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 924
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 57
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 934
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 67
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 944
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 77
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 954
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 87
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 964
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 0
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 974
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 10
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 984
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 20
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 994
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 30
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1004
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  s = s .. a .. "," .. b .. "," .. c .. ";"
  a = a + 40
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1014
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 50
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1024
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 60
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1034
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 70
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1044
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 80
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1054
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 90
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1064
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 3
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1074
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 13
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1084
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 23
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1094
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 33
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1104
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 43
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1114
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 53
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1124
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 63
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1134
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 73
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1144
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 83
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1154
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 93
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1164
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 6
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1174
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 16
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1184
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 26
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1194
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 36
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1204
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 46
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1214
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 56
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1224
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 66
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1234
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 76
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1244
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 86
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1254
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 96
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1264
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 9
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1274
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 19
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1284
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 29
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1294
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 39
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1304
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 49
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1314
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 59
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1324
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 69
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1334
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 79
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1344
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 89
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1354
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 2
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1364
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 12
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1374
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 22
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1384
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 32
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1394
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 42
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1404
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 52
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1414
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 62
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1424
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 72
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1434
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 82
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1444
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 92
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1454
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 5
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1464
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 15
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1474
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 25
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1484
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 35
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1494
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 45
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1504
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  s = s .. a .. "," .. b .. "," .. c .. ";"
  a = a + 55
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1514
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 65
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1524
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 75
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1534
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 85
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1544
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 95
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1554
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 8
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1564
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 18
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1574
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 28
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1584
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 38
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1594
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 48
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1604
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 58
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1614
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 68
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1624
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 78
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1634
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 88
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1644
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 1
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1654
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 11
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1664
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 21
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1674
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 31
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1684
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 41
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1694
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 51
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1704
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 61
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1714
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 71
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1724
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 81
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1734
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 91
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1744
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 4
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1754
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 14
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1764
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 24
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1774
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 34
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1784
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 44
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1794
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 54
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1804
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 64
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1814
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 74
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1824
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 84
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1834
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 94
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1844
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 7
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1854
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 17
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1864
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 27
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1874
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 37
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1884
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 47
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1894
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 57
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1904
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 67
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1914
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 77
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1924
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 87
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1934
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 0
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1944
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 10
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1954
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 20
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1964
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 30
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1974
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 40
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1984
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 50
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 1994
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 60
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2004
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  s = s .. a .. "," .. b .. "," .. c .. ";"
  a = a + 70
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2014
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 80
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2024
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 90
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2034
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 3
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2044
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 13
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2054
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 23
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2064
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 33
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2074
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 43
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2084
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 53
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2094
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 63
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2104
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 73
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2114
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 83
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2124
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 93
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2134
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 6
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2144
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 16
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2154
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 26
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2164
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 36
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2174
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 46
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2184
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 56
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2194
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 66
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2204
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 76
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2214
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 86
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2224
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 96
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2234
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 9
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2244
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 19
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2254
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 29
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2264
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 39
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2274
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 49
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2284
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 59
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2294
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 69
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2304
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 79
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2314
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 89
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2324
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 2
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2334
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 12
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2344
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 22
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2354
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 32
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2364
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 42
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2374
  b = b + 9
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 52
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2384
  b = b + 6
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 62
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2394
  b = b + 3
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 72
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2404
  b = b + 0
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 82
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2414
  b = b + 10
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 92
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2424
  b = b + 7
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 5
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2434
  b = b + 4
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 15
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2444
  b = b + 1
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 25
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2454
  b = b + 11
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 35
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2464
  b = b + 8
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 45
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2474
  b = b + 5
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 55
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2484
  b = b + 2
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  a = a + 65
  b = (b * 3 + a) % 100003
  if a % 2 == 0 then c = c + 1 else c = c - 1 end
  c = c + (b // 7)
  a = a ~ 2494
  b = b + 12
  c = c % 1000003
  a = a - (c & 255)
  if b > 50000 then b = b - 50000 end
  a = a + 1
  return s .. "|" .. a .. "|" .. b .. "|" .. c
end
print(long(1))
print(long(2))
local n = 0
for i = 1, 150 do n = n + #long(i) end
print("total", n)
print(long(3))
