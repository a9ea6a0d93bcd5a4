-- 300 local functions in 2 blocks, each with its own loop; most run once, a few are hot
local results = 0
do
  local function p0(n) local s = 0 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p1(n) local s = 1 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p2(n) local s = 2 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p3(n) local s = 3 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p4(n) local s = 4 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p5(n) local s = 5 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p6(n) local s = 6 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p7(n) local s = 7 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p8(n) local s = 8 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p9(n) local s = 9 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p10(n) local s = 10 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p11(n) local s = 11 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p12(n) local s = 12 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p13(n) local s = 13 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p14(n) local s = 14 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p15(n) local s = 15 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p16(n) local s = 16 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p17(n) local s = 17 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p18(n) local s = 18 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p19(n) local s = 19 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p20(n) local s = 20 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p21(n) local s = 21 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p22(n) local s = 22 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p23(n) local s = 23 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p24(n) local s = 24 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p25(n) local s = 25 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p26(n) local s = 26 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p27(n) local s = 27 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p28(n) local s = 28 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p29(n) local s = 29 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p30(n) local s = 30 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p31(n) local s = 31 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p32(n) local s = 32 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p33(n) local s = 33 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p34(n) local s = 34 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p35(n) local s = 35 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p36(n) local s = 36 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p37(n) local s = 37 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p38(n) local s = 38 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p39(n) local s = 39 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p40(n) local s = 40 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p41(n) local s = 41 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p42(n) local s = 42 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p43(n) local s = 43 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p44(n) local s = 44 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p45(n) local s = 45 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p46(n) local s = 46 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p47(n) local s = 47 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p48(n) local s = 48 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p49(n) local s = 49 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p50(n) local s = 50 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p51(n) local s = 51 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p52(n) local s = 52 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p53(n) local s = 53 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p54(n) local s = 54 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p55(n) local s = 55 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p56(n) local s = 56 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p57(n) local s = 57 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p58(n) local s = 58 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p59(n) local s = 59 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p60(n) local s = 60 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p61(n) local s = 61 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p62(n) local s = 62 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p63(n) local s = 63 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p64(n) local s = 64 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p65(n) local s = 65 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p66(n) local s = 66 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p67(n) local s = 67 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p68(n) local s = 68 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p69(n) local s = 69 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p70(n) local s = 70 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p71(n) local s = 71 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p72(n) local s = 72 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p73(n) local s = 73 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p74(n) local s = 74 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p75(n) local s = 75 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p76(n) local s = 76 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p77(n) local s = 77 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p78(n) local s = 78 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p79(n) local s = 79 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p80(n) local s = 80 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p81(n) local s = 81 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p82(n) local s = 82 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p83(n) local s = 83 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p84(n) local s = 84 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p85(n) local s = 85 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p86(n) local s = 86 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p87(n) local s = 87 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p88(n) local s = 88 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p89(n) local s = 89 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p90(n) local s = 90 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p91(n) local s = 91 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p92(n) local s = 92 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p93(n) local s = 93 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p94(n) local s = 94 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p95(n) local s = 95 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p96(n) local s = 96 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p97(n) local s = 97 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p98(n) local s = 98 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p99(n) local s = 99 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p100(n) local s = 100 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p101(n) local s = 101 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p102(n) local s = 102 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p103(n) local s = 103 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p104(n) local s = 104 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p105(n) local s = 105 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p106(n) local s = 106 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p107(n) local s = 107 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p108(n) local s = 108 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p109(n) local s = 109 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p110(n) local s = 110 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p111(n) local s = 111 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p112(n) local s = 112 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p113(n) local s = 113 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p114(n) local s = 114 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p115(n) local s = 115 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p116(n) local s = 116 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p117(n) local s = 117 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p118(n) local s = 118 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p119(n) local s = 119 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p120(n) local s = 120 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p121(n) local s = 121 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p122(n) local s = 122 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p123(n) local s = 123 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p124(n) local s = 124 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p125(n) local s = 125 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p126(n) local s = 126 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p127(n) local s = 127 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p128(n) local s = 128 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p129(n) local s = 129 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p130(n) local s = 130 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p131(n) local s = 131 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p132(n) local s = 132 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p133(n) local s = 133 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p134(n) local s = 134 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p135(n) local s = 135 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p136(n) local s = 136 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p137(n) local s = 137 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p138(n) local s = 138 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p139(n) local s = 139 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p140(n) local s = 140 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p141(n) local s = 141 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p142(n) local s = 142 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p143(n) local s = 143 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p144(n) local s = 144 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p145(n) local s = 145 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p146(n) local s = 146 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p147(n) local s = 147 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p148(n) local s = 148 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p149(n) local s = 149 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local acc = 0
  acc = (acc + p0(20)) % 1000003
  acc = (acc + p1(57)) % 1000003
  acc = (acc + p2(94)) % 1000003
  acc = (acc + p3(131)) % 1000003
  acc = (acc + p4(168)) % 1000003
  acc = (acc + p5(205)) % 1000003
  acc = (acc + p6(42)) % 1000003
  acc = (acc + p7(79)) % 1000003
  acc = (acc + p8(116)) % 1000003
  acc = (acc + p9(153)) % 1000003
  acc = (acc + p10(190)) % 1000003
  acc = (acc + p11(27)) % 1000003
  acc = (acc + p12(64)) % 1000003
  acc = (acc + p13(101)) % 1000003
  acc = (acc + p14(138)) % 1000003
  acc = (acc + p15(175)) % 1000003
  acc = (acc + p16(212)) % 1000003
  acc = (acc + p17(49)) % 1000003
  acc = (acc + p18(86)) % 1000003
  acc = (acc + p19(123)) % 1000003
  acc = (acc + p20(160)) % 1000003
  acc = (acc + p21(197)) % 1000003
  acc = (acc + p22(34)) % 1000003
  acc = (acc + p23(71)) % 1000003
  acc = (acc + p24(108)) % 1000003
  acc = (acc + p25(145)) % 1000003
  acc = (acc + p26(182)) % 1000003
  acc = (acc + p27(219)) % 1000003
  acc = (acc + p28(56)) % 1000003
  acc = (acc + p29(93)) % 1000003
  acc = (acc + p30(130)) % 1000003
  acc = (acc + p31(167)) % 1000003
  acc = (acc + p32(204)) % 1000003
  acc = (acc + p33(41)) % 1000003
  acc = (acc + p34(78)) % 1000003
  acc = (acc + p35(115)) % 1000003
  acc = (acc + p36(152)) % 1000003
  acc = (acc + p37(189)) % 1000003
  acc = (acc + p38(26)) % 1000003
  acc = (acc + p39(63)) % 1000003
  acc = (acc + p40(100)) % 1000003
  acc = (acc + p41(137)) % 1000003
  acc = (acc + p42(174)) % 1000003
  acc = (acc + p43(211)) % 1000003
  acc = (acc + p44(48)) % 1000003
  acc = (acc + p45(85)) % 1000003
  acc = (acc + p46(122)) % 1000003
  acc = (acc + p47(159)) % 1000003
  acc = (acc + p48(196)) % 1000003
  acc = (acc + p49(33)) % 1000003
  acc = (acc + p50(70)) % 1000003
  acc = (acc + p51(107)) % 1000003
  acc = (acc + p52(144)) % 1000003
  acc = (acc + p53(181)) % 1000003
  acc = (acc + p54(218)) % 1000003
  acc = (acc + p55(55)) % 1000003
  acc = (acc + p56(92)) % 1000003
  acc = (acc + p57(129)) % 1000003
  acc = (acc + p58(166)) % 1000003
  acc = (acc + p59(203)) % 1000003
  acc = (acc + p60(40)) % 1000003
  acc = (acc + p61(77)) % 1000003
  acc = (acc + p62(114)) % 1000003
  acc = (acc + p63(151)) % 1000003
  acc = (acc + p64(188)) % 1000003
  acc = (acc + p65(25)) % 1000003
  acc = (acc + p66(62)) % 1000003
  acc = (acc + p67(99)) % 1000003
  acc = (acc + p68(136)) % 1000003
  acc = (acc + p69(173)) % 1000003
  acc = (acc + p70(210)) % 1000003
  acc = (acc + p71(47)) % 1000003
  acc = (acc + p72(84)) % 1000003
  acc = (acc + p73(121)) % 1000003
  acc = (acc + p74(158)) % 1000003
  acc = (acc + p75(195)) % 1000003
  acc = (acc + p76(32)) % 1000003
  acc = (acc + p77(69)) % 1000003
  acc = (acc + p78(106)) % 1000003
  acc = (acc + p79(143)) % 1000003
  acc = (acc + p80(180)) % 1000003
  acc = (acc + p81(217)) % 1000003
  acc = (acc + p82(54)) % 1000003
  acc = (acc + p83(91)) % 1000003
  acc = (acc + p84(128)) % 1000003
  acc = (acc + p85(165)) % 1000003
  acc = (acc + p86(202)) % 1000003
  acc = (acc + p87(39)) % 1000003
  acc = (acc + p88(76)) % 1000003
  acc = (acc + p89(113)) % 1000003
  acc = (acc + p90(150)) % 1000003
  acc = (acc + p91(187)) % 1000003
  acc = (acc + p92(24)) % 1000003
  acc = (acc + p93(61)) % 1000003
  acc = (acc + p94(98)) % 1000003
  acc = (acc + p95(135)) % 1000003
  acc = (acc + p96(172)) % 1000003
  acc = (acc + p97(209)) % 1000003
  acc = (acc + p98(46)) % 1000003
  acc = (acc + p99(83)) % 1000003
  acc = (acc + p100(120)) % 1000003
  acc = (acc + p101(157)) % 1000003
  acc = (acc + p102(194)) % 1000003
  acc = (acc + p103(31)) % 1000003
  acc = (acc + p104(68)) % 1000003
  acc = (acc + p105(105)) % 1000003
  acc = (acc + p106(142)) % 1000003
  acc = (acc + p107(179)) % 1000003
  acc = (acc + p108(216)) % 1000003
  acc = (acc + p109(53)) % 1000003
  acc = (acc + p110(90)) % 1000003
  acc = (acc + p111(127)) % 1000003
  acc = (acc + p112(164)) % 1000003
  acc = (acc + p113(201)) % 1000003
  acc = (acc + p114(38)) % 1000003
  acc = (acc + p115(75)) % 1000003
  acc = (acc + p116(112)) % 1000003
  acc = (acc + p117(149)) % 1000003
  acc = (acc + p118(186)) % 1000003
  acc = (acc + p119(23)) % 1000003
  acc = (acc + p120(60)) % 1000003
  acc = (acc + p121(97)) % 1000003
  acc = (acc + p122(134)) % 1000003
  acc = (acc + p123(171)) % 1000003
  acc = (acc + p124(208)) % 1000003
  acc = (acc + p125(45)) % 1000003
  acc = (acc + p126(82)) % 1000003
  acc = (acc + p127(119)) % 1000003
  acc = (acc + p128(156)) % 1000003
  acc = (acc + p129(193)) % 1000003
  acc = (acc + p130(30)) % 1000003
  acc = (acc + p131(67)) % 1000003
  acc = (acc + p132(104)) % 1000003
  acc = (acc + p133(141)) % 1000003
  acc = (acc + p134(178)) % 1000003
  acc = (acc + p135(215)) % 1000003
  acc = (acc + p136(52)) % 1000003
  acc = (acc + p137(89)) % 1000003
  acc = (acc + p138(126)) % 1000003
  acc = (acc + p139(163)) % 1000003
  acc = (acc + p140(200)) % 1000003
  acc = (acc + p141(37)) % 1000003
  acc = (acc + p142(74)) % 1000003
  acc = (acc + p143(111)) % 1000003
  acc = (acc + p144(148)) % 1000003
  acc = (acc + p145(185)) % 1000003
  acc = (acc + p146(22)) % 1000003
  acc = (acc + p147(59)) % 1000003
  acc = (acc + p148(96)) % 1000003
  acc = (acc + p149(133)) % 1000003
  for r = 1, 200 do acc = (acc + p3(r) + p149(r)) % 1000003 end
  print("block 0", acc)
  results = results + acc
end
do
  local function p150(n) local s = 150 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p151(n) local s = 151 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p152(n) local s = 152 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p153(n) local s = 153 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p154(n) local s = 154 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p155(n) local s = 155 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p156(n) local s = 156 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p157(n) local s = 157 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p158(n) local s = 158 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p159(n) local s = 159 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p160(n) local s = 160 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p161(n) local s = 161 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p162(n) local s = 162 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p163(n) local s = 163 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p164(n) local s = 164 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p165(n) local s = 165 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p166(n) local s = 166 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p167(n) local s = 167 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p168(n) local s = 168 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p169(n) local s = 169 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p170(n) local s = 170 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p171(n) local s = 171 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p172(n) local s = 172 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p173(n) local s = 173 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p174(n) local s = 174 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p175(n) local s = 175 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p176(n) local s = 176 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p177(n) local s = 177 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p178(n) local s = 178 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p179(n) local s = 179 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p180(n) local s = 180 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p181(n) local s = 181 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p182(n) local s = 182 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p183(n) local s = 183 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p184(n) local s = 184 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p185(n) local s = 185 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p186(n) local s = 186 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p187(n) local s = 187 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p188(n) local s = 188 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p189(n) local s = 189 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p190(n) local s = 190 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p191(n) local s = 191 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p192(n) local s = 192 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p193(n) local s = 193 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p194(n) local s = 194 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p195(n) local s = 195 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p196(n) local s = 196 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p197(n) local s = 197 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p198(n) local s = 198 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p199(n) local s = 199 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p200(n) local s = 200 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p201(n) local s = 201 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p202(n) local s = 202 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p203(n) local s = 203 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p204(n) local s = 204 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p205(n) local s = 205 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p206(n) local s = 206 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p207(n) local s = 207 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p208(n) local s = 208 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p209(n) local s = 209 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p210(n) local s = 210 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p211(n) local s = 211 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p212(n) local s = 212 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p213(n) local s = 213 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p214(n) local s = 214 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p215(n) local s = 215 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p216(n) local s = 216 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p217(n) local s = 217 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p218(n) local s = 218 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p219(n) local s = 219 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p220(n) local s = 220 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p221(n) local s = 221 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p222(n) local s = 222 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p223(n) local s = 223 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p224(n) local s = 224 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p225(n) local s = 225 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p226(n) local s = 226 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p227(n) local s = 227 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p228(n) local s = 228 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p229(n) local s = 229 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p230(n) local s = 230 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p231(n) local s = 231 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p232(n) local s = 232 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p233(n) local s = 233 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p234(n) local s = 234 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p235(n) local s = 235 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p236(n) local s = 236 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p237(n) local s = 237 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p238(n) local s = 238 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p239(n) local s = 239 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p240(n) local s = 240 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p241(n) local s = 241 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p242(n) local s = 242 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p243(n) local s = 243 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p244(n) local s = 244 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p245(n) local s = 245 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p246(n) local s = 246 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p247(n) local s = 247 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p248(n) local s = 248 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p249(n) local s = 249 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p250(n) local s = 250 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p251(n) local s = 251 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p252(n) local s = 252 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p253(n) local s = 253 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p254(n) local s = 254 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p255(n) local s = 255 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p256(n) local s = 256 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p257(n) local s = 257 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p258(n) local s = 258 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p259(n) local s = 259 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p260(n) local s = 260 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p261(n) local s = 261 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p262(n) local s = 262 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p263(n) local s = 263 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p264(n) local s = 264 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p265(n) local s = 265 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p266(n) local s = 266 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p267(n) local s = 267 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p268(n) local s = 268 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p269(n) local s = 269 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p270(n) local s = 270 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p271(n) local s = 271 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p272(n) local s = 272 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p273(n) local s = 273 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p274(n) local s = 274 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p275(n) local s = 275 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p276(n) local s = 276 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p277(n) local s = 277 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p278(n) local s = 278 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p279(n) local s = 279 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p280(n) local s = 280 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p281(n) local s = 281 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p282(n) local s = 282 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p283(n) local s = 283 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p284(n) local s = 284 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p285(n) local s = 285 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p286(n) local s = 286 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p287(n) local s = 287 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p288(n) local s = 288 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p289(n) local s = 289 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p290(n) local s = 290 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p291(n) local s = 291 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p292(n) local s = 292 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p293(n) local s = 293 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p294(n) local s = 294 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p295(n) local s = 295 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p296(n) local s = 296 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p297(n) local s = 297 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p298(n) local s = 298 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local function p299(n) local s = 299 for k = 1, n do s = (s * 31 + k) % 65521 end return s end
  local acc = 0
  acc = (acc + p150(170)) % 1000003
  acc = (acc + p151(207)) % 1000003
  acc = (acc + p152(44)) % 1000003
  acc = (acc + p153(81)) % 1000003
  acc = (acc + p154(118)) % 1000003
  acc = (acc + p155(155)) % 1000003
  acc = (acc + p156(192)) % 1000003
  acc = (acc + p157(29)) % 1000003
  acc = (acc + p158(66)) % 1000003
  acc = (acc + p159(103)) % 1000003
  acc = (acc + p160(140)) % 1000003
  acc = (acc + p161(177)) % 1000003
  acc = (acc + p162(214)) % 1000003
  acc = (acc + p163(51)) % 1000003
  acc = (acc + p164(88)) % 1000003
  acc = (acc + p165(125)) % 1000003
  acc = (acc + p166(162)) % 1000003
  acc = (acc + p167(199)) % 1000003
  acc = (acc + p168(36)) % 1000003
  acc = (acc + p169(73)) % 1000003
  acc = (acc + p170(110)) % 1000003
  acc = (acc + p171(147)) % 1000003
  acc = (acc + p172(184)) % 1000003
  acc = (acc + p173(21)) % 1000003
  acc = (acc + p174(58)) % 1000003
  acc = (acc + p175(95)) % 1000003
  acc = (acc + p176(132)) % 1000003
  acc = (acc + p177(169)) % 1000003
  acc = (acc + p178(206)) % 1000003
  acc = (acc + p179(43)) % 1000003
  acc = (acc + p180(80)) % 1000003
  acc = (acc + p181(117)) % 1000003
  acc = (acc + p182(154)) % 1000003
  acc = (acc + p183(191)) % 1000003
  acc = (acc + p184(28)) % 1000003
  acc = (acc + p185(65)) % 1000003
  acc = (acc + p186(102)) % 1000003
  acc = (acc + p187(139)) % 1000003
  acc = (acc + p188(176)) % 1000003
  acc = (acc + p189(213)) % 1000003
  acc = (acc + p190(50)) % 1000003
  acc = (acc + p191(87)) % 1000003
  acc = (acc + p192(124)) % 1000003
  acc = (acc + p193(161)) % 1000003
  acc = (acc + p194(198)) % 1000003
  acc = (acc + p195(35)) % 1000003
  acc = (acc + p196(72)) % 1000003
  acc = (acc + p197(109)) % 1000003
  acc = (acc + p198(146)) % 1000003
  acc = (acc + p199(183)) % 1000003
  acc = (acc + p200(20)) % 1000003
  acc = (acc + p201(57)) % 1000003
  acc = (acc + p202(94)) % 1000003
  acc = (acc + p203(131)) % 1000003
  acc = (acc + p204(168)) % 1000003
  acc = (acc + p205(205)) % 1000003
  acc = (acc + p206(42)) % 1000003
  acc = (acc + p207(79)) % 1000003
  acc = (acc + p208(116)) % 1000003
  acc = (acc + p209(153)) % 1000003
  acc = (acc + p210(190)) % 1000003
  acc = (acc + p211(27)) % 1000003
  acc = (acc + p212(64)) % 1000003
  acc = (acc + p213(101)) % 1000003
  acc = (acc + p214(138)) % 1000003
  acc = (acc + p215(175)) % 1000003
  acc = (acc + p216(212)) % 1000003
  acc = (acc + p217(49)) % 1000003
  acc = (acc + p218(86)) % 1000003
  acc = (acc + p219(123)) % 1000003
  acc = (acc + p220(160)) % 1000003
  acc = (acc + p221(197)) % 1000003
  acc = (acc + p222(34)) % 1000003
  acc = (acc + p223(71)) % 1000003
  acc = (acc + p224(108)) % 1000003
  acc = (acc + p225(145)) % 1000003
  acc = (acc + p226(182)) % 1000003
  acc = (acc + p227(219)) % 1000003
  acc = (acc + p228(56)) % 1000003
  acc = (acc + p229(93)) % 1000003
  acc = (acc + p230(130)) % 1000003
  acc = (acc + p231(167)) % 1000003
  acc = (acc + p232(204)) % 1000003
  acc = (acc + p233(41)) % 1000003
  acc = (acc + p234(78)) % 1000003
  acc = (acc + p235(115)) % 1000003
  acc = (acc + p236(152)) % 1000003
  acc = (acc + p237(189)) % 1000003
  acc = (acc + p238(26)) % 1000003
  acc = (acc + p239(63)) % 1000003
  acc = (acc + p240(100)) % 1000003
  acc = (acc + p241(137)) % 1000003
  acc = (acc + p242(174)) % 1000003
  acc = (acc + p243(211)) % 1000003
  acc = (acc + p244(48)) % 1000003
  acc = (acc + p245(85)) % 1000003
  acc = (acc + p246(122)) % 1000003
  acc = (acc + p247(159)) % 1000003
  acc = (acc + p248(196)) % 1000003
  acc = (acc + p249(33)) % 1000003
  acc = (acc + p250(70)) % 1000003
  acc = (acc + p251(107)) % 1000003
  acc = (acc + p252(144)) % 1000003
  acc = (acc + p253(181)) % 1000003
  acc = (acc + p254(218)) % 1000003
  acc = (acc + p255(55)) % 1000003
  acc = (acc + p256(92)) % 1000003
  acc = (acc + p257(129)) % 1000003
  acc = (acc + p258(166)) % 1000003
  acc = (acc + p259(203)) % 1000003
  acc = (acc + p260(40)) % 1000003
  acc = (acc + p261(77)) % 1000003
  acc = (acc + p262(114)) % 1000003
  acc = (acc + p263(151)) % 1000003
  acc = (acc + p264(188)) % 1000003
  acc = (acc + p265(25)) % 1000003
  acc = (acc + p266(62)) % 1000003
  acc = (acc + p267(99)) % 1000003
  acc = (acc + p268(136)) % 1000003
  acc = (acc + p269(173)) % 1000003
  acc = (acc + p270(210)) % 1000003
  acc = (acc + p271(47)) % 1000003
  acc = (acc + p272(84)) % 1000003
  acc = (acc + p273(121)) % 1000003
  acc = (acc + p274(158)) % 1000003
  acc = (acc + p275(195)) % 1000003
  acc = (acc + p276(32)) % 1000003
  acc = (acc + p277(69)) % 1000003
  acc = (acc + p278(106)) % 1000003
  acc = (acc + p279(143)) % 1000003
  acc = (acc + p280(180)) % 1000003
  acc = (acc + p281(217)) % 1000003
  acc = (acc + p282(54)) % 1000003
  acc = (acc + p283(91)) % 1000003
  acc = (acc + p284(128)) % 1000003
  acc = (acc + p285(165)) % 1000003
  acc = (acc + p286(202)) % 1000003
  acc = (acc + p287(39)) % 1000003
  acc = (acc + p288(76)) % 1000003
  acc = (acc + p289(113)) % 1000003
  acc = (acc + p290(150)) % 1000003
  acc = (acc + p291(187)) % 1000003
  acc = (acc + p292(24)) % 1000003
  acc = (acc + p293(61)) % 1000003
  acc = (acc + p294(98)) % 1000003
  acc = (acc + p295(135)) % 1000003
  acc = (acc + p296(172)) % 1000003
  acc = (acc + p297(209)) % 1000003
  acc = (acc + p298(46)) % 1000003
  acc = (acc + p299(83)) % 1000003
  for r = 1, 200 do acc = (acc + p153(r) + p299(r)) % 1000003 end
  print("block 1", acc)
  results = results + acc
end
print("results", results)
