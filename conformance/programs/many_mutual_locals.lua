-- 320 forward-declared local functions in two blocks, mutually recursive in a cycle of 160
do
  local m0_0, m0_1, m0_2, m0_3, m0_4, m0_5, m0_6, m0_7, m0_8, m0_9, m0_10, m0_11, m0_12, m0_13, m0_14, m0_15, m0_16, m0_17, m0_18, m0_19, m0_20, m0_21, m0_22, m0_23, m0_24, m0_25, m0_26, m0_27, m0_28, m0_29, m0_30, m0_31, m0_32, m0_33, m0_34, m0_35, m0_36, m0_37, m0_38, m0_39, m0_40, m0_41, m0_42, m0_43, m0_44, m0_45, m0_46, m0_47, m0_48, m0_49, m0_50, m0_51, m0_52, m0_53, m0_54, m0_55, m0_56, m0_57, m0_58, m0_59, m0_60, m0_61, m0_62, m0_63, m0_64, m0_65, m0_66, m0_67, m0_68, m0_69, m0_70, m0_71, m0_72, m0_73, m0_74, m0_75, m0_76, m0_77, m0_78, m0_79, m0_80, m0_81, m0_82, m0_83, m0_84, m0_85, m0_86, m0_87, m0_88, m0_89, m0_90, m0_91, m0_92, m0_93, m0_94, m0_95, m0_96, m0_97, m0_98, m0_99, m0_100, m0_101, m0_102, m0_103, m0_104, m0_105, m0_106, m0_107, m0_108, m0_109, m0_110, m0_111, m0_112, m0_113, m0_114, m0_115, m0_116, m0_117, m0_118, m0_119, m0_120, m0_121, m0_122, m0_123, m0_124, m0_125, m0_126, m0_127, m0_128, m0_129, m0_130, m0_131, m0_132, m0_133, m0_134, m0_135, m0_136, m0_137, m0_138, m0_139, m0_140, m0_141, m0_142, m0_143, m0_144, m0_145, m0_146, m0_147, m0_148, m0_149, m0_150, m0_151, m0_152, m0_153, m0_154, m0_155, m0_156, m0_157, m0_158, m0_159
  m0_0 = function(n, acc) if n <= 0 then return acc end return m0_1(n - 1, acc + 0) end
  m0_1 = function(n, acc) if n <= 0 then return acc end return m0_2(n - 1, (acc * 3) % 1000003) end
  m0_2 = function(n, acc) if n <= 0 then return acc end local r = m0_3(n - 1, acc - 2) return r end
  m0_3 = function(n, acc) if n <= 0 then return acc end return m0_4(n - 1, acc ~ 21) end
  m0_4 = function(n, acc) if n <= 0 then return acc end return m0_5(n - 1, acc + 4) end
  m0_5 = function(n, acc) if n <= 0 then return acc end return m0_6(n - 1, (acc * 3) % 1000003) end
  m0_6 = function(n, acc) if n <= 0 then return acc end local r = m0_7(n - 1, acc - 6) return r end
  m0_7 = function(n, acc) if n <= 0 then return acc end return m0_8(n - 1, acc ~ 49) end
  m0_8 = function(n, acc) if n <= 0 then return acc end return m0_9(n - 1, acc + 8) end
  m0_9 = function(n, acc) if n <= 0 then return acc end return m0_10(n - 1, (acc * 3) % 1000003) end
  m0_10 = function(n, acc) if n <= 0 then return acc end local r = m0_11(n - 1, acc - 10) return r end
  m0_11 = function(n, acc) if n <= 0 then return acc end return m0_12(n - 1, acc ~ 77) end
  m0_12 = function(n, acc) if n <= 0 then return acc end return m0_13(n - 1, acc + 12) end
  m0_13 = function(n, acc) if n <= 0 then return acc end return m0_14(n - 1, (acc * 3) % 1000003) end
  m0_14 = function(n, acc) if n <= 0 then return acc end local r = m0_15(n - 1, acc - 14) return r end
  m0_15 = function(n, acc) if n <= 0 then return acc end return m0_16(n - 1, acc ~ 105) end
  m0_16 = function(n, acc) if n <= 0 then return acc end return m0_17(n - 1, acc + 16) end
  m0_17 = function(n, acc) if n <= 0 then return acc end return m0_18(n - 1, (acc * 3) % 1000003) end
  m0_18 = function(n, acc) if n <= 0 then return acc end local r = m0_19(n - 1, acc - 18) return r end
  m0_19 = function(n, acc) if n <= 0 then return acc end return m0_20(n - 1, acc ~ 133) end
  m0_20 = function(n, acc) if n <= 0 then return acc end return m0_21(n - 1, acc + 20) end
  m0_21 = function(n, acc) if n <= 0 then return acc end return m0_22(n - 1, (acc * 3) % 1000003) end
  m0_22 = function(n, acc) if n <= 0 then return acc end local r = m0_23(n - 1, acc - 22) return r end
  m0_23 = function(n, acc) if n <= 0 then return acc end return m0_24(n - 1, acc ~ 161) end
  m0_24 = function(n, acc) if n <= 0 then return acc end return m0_25(n - 1, acc + 24) end
  m0_25 = function(n, acc) if n <= 0 then return acc end return m0_26(n - 1, (acc * 3) % 1000003) end
  m0_26 = function(n, acc) if n <= 0 then return acc end local r = m0_27(n - 1, acc - 26) return r end
  m0_27 = function(n, acc) if n <= 0 then return acc end return m0_28(n - 1, acc ~ 189) end
  m0_28 = function(n, acc) if n <= 0 then return acc end return m0_29(n - 1, acc + 28) end
  m0_29 = function(n, acc) if n <= 0 then return acc end return m0_30(n - 1, (acc * 3) % 1000003) end
  m0_30 = function(n, acc) if n <= 0 then return acc end local r = m0_31(n - 1, acc - 30) return r end
  m0_31 = function(n, acc) if n <= 0 then return acc end return m0_32(n - 1, acc ~ 217) end
  m0_32 = function(n, acc) if n <= 0 then return acc end return m0_33(n - 1, acc + 32) end
  m0_33 = function(n, acc) if n <= 0 then return acc end return m0_34(n - 1, (acc * 3) % 1000003) end
  m0_34 = function(n, acc) if n <= 0 then return acc end local r = m0_35(n - 1, acc - 34) return r end
  m0_35 = function(n, acc) if n <= 0 then return acc end return m0_36(n - 1, acc ~ 245) end
  m0_36 = function(n, acc) if n <= 0 then return acc end return m0_37(n - 1, acc + 36) end
  m0_37 = function(n, acc) if n <= 0 then return acc end return m0_38(n - 1, (acc * 3) % 1000003) end
  m0_38 = function(n, acc) if n <= 0 then return acc end local r = m0_39(n - 1, acc - 38) return r end
  m0_39 = function(n, acc) if n <= 0 then return acc end return m0_40(n - 1, acc ~ 273) end
  m0_40 = function(n, acc) if n <= 0 then return acc end return m0_41(n - 1, acc + 40) end
  m0_41 = function(n, acc) if n <= 0 then return acc end return m0_42(n - 1, (acc * 3) % 1000003) end
  m0_42 = function(n, acc) if n <= 0 then return acc end local r = m0_43(n - 1, acc - 42) return r end
  m0_43 = function(n, acc) if n <= 0 then return acc end return m0_44(n - 1, acc ~ 301) end
  m0_44 = function(n, acc) if n <= 0 then return acc end return m0_45(n - 1, acc + 44) end
  m0_45 = function(n, acc) if n <= 0 then return acc end return m0_46(n - 1, (acc * 3) % 1000003) end
  m0_46 = function(n, acc) if n <= 0 then return acc end local r = m0_47(n - 1, acc - 46) return r end
  m0_47 = function(n, acc) if n <= 0 then return acc end return m0_48(n - 1, acc ~ 329) end
  m0_48 = function(n, acc) if n <= 0 then return acc end return m0_49(n - 1, acc + 48) end
  m0_49 = function(n, acc) if n <= 0 then return acc end return m0_50(n - 1, (acc * 3) % 1000003) end
  m0_50 = function(n, acc) if n <= 0 then return acc end local r = m0_51(n - 1, acc - 50) return r end
  m0_51 = function(n, acc) if n <= 0 then return acc end return m0_52(n - 1, acc ~ 357) end
  m0_52 = function(n, acc) if n <= 0 then return acc end return m0_53(n - 1, acc + 52) end
  m0_53 = function(n, acc) if n <= 0 then return acc end return m0_54(n - 1, (acc * 3) % 1000003) end
  m0_54 = function(n, acc) if n <= 0 then return acc end local r = m0_55(n - 1, acc - 54) return r end
  m0_55 = function(n, acc) if n <= 0 then return acc end return m0_56(n - 1, acc ~ 385) end
  m0_56 = function(n, acc) if n <= 0 then return acc end return m0_57(n - 1, acc + 56) end
  m0_57 = function(n, acc) if n <= 0 then return acc end return m0_58(n - 1, (acc * 3) % 1000003) end
  m0_58 = function(n, acc) if n <= 0 then return acc end local r = m0_59(n - 1, acc - 58) return r end
  m0_59 = function(n, acc) if n <= 0 then return acc end return m0_60(n - 1, acc ~ 413) end
  m0_60 = function(n, acc) if n <= 0 then return acc end return m0_61(n - 1, acc + 60) end
  m0_61 = function(n, acc) if n <= 0 then return acc end return m0_62(n - 1, (acc * 3) % 1000003) end
  m0_62 = function(n, acc) if n <= 0 then return acc end local r = m0_63(n - 1, acc - 62) return r end
  m0_63 = function(n, acc) if n <= 0 then return acc end return m0_64(n - 1, acc ~ 441) end
  m0_64 = function(n, acc) if n <= 0 then return acc end return m0_65(n - 1, acc + 64) end
  m0_65 = function(n, acc) if n <= 0 then return acc end return m0_66(n - 1, (acc * 3) % 1000003) end
  m0_66 = function(n, acc) if n <= 0 then return acc end local r = m0_67(n - 1, acc - 66) return r end
  m0_67 = function(n, acc) if n <= 0 then return acc end return m0_68(n - 1, acc ~ 469) end
  m0_68 = function(n, acc) if n <= 0 then return acc end return m0_69(n - 1, acc + 68) end
  m0_69 = function(n, acc) if n <= 0 then return acc end return m0_70(n - 1, (acc * 3) % 1000003) end
  m0_70 = function(n, acc) if n <= 0 then return acc end local r = m0_71(n - 1, acc - 70) return r end
  m0_71 = function(n, acc) if n <= 0 then return acc end return m0_72(n - 1, acc ~ 497) end
  m0_72 = function(n, acc) if n <= 0 then return acc end return m0_73(n - 1, acc + 72) end
  m0_73 = function(n, acc) if n <= 0 then return acc end return m0_74(n - 1, (acc * 3) % 1000003) end
  m0_74 = function(n, acc) if n <= 0 then return acc end local r = m0_75(n - 1, acc - 74) return r end
  m0_75 = function(n, acc) if n <= 0 then return acc end return m0_76(n - 1, acc ~ 525) end
  m0_76 = function(n, acc) if n <= 0 then return acc end return m0_77(n - 1, acc + 76) end
  m0_77 = function(n, acc) if n <= 0 then return acc end return m0_78(n - 1, (acc * 3) % 1000003) end
  m0_78 = function(n, acc) if n <= 0 then return acc end local r = m0_79(n - 1, acc - 78) return r end
  m0_79 = function(n, acc) if n <= 0 then return acc end return m0_80(n - 1, acc ~ 553) end
  m0_80 = function(n, acc) if n <= 0 then return acc end return m0_81(n - 1, acc + 80) end
  m0_81 = function(n, acc) if n <= 0 then return acc end return m0_82(n - 1, (acc * 3) % 1000003) end
  m0_82 = function(n, acc) if n <= 0 then return acc end local r = m0_83(n - 1, acc - 82) return r end
  m0_83 = function(n, acc) if n <= 0 then return acc end return m0_84(n - 1, acc ~ 581) end
  m0_84 = function(n, acc) if n <= 0 then return acc end return m0_85(n - 1, acc + 84) end
  m0_85 = function(n, acc) if n <= 0 then return acc end return m0_86(n - 1, (acc * 3) % 1000003) end
  m0_86 = function(n, acc) if n <= 0 then return acc end local r = m0_87(n - 1, acc - 86) return r end
  m0_87 = function(n, acc) if n <= 0 then return acc end return m0_88(n - 1, acc ~ 609) end
  m0_88 = function(n, acc) if n <= 0 then return acc end return m0_89(n - 1, acc + 88) end
  m0_89 = function(n, acc) if n <= 0 then return acc end return m0_90(n - 1, (acc * 3) % 1000003) end
  m0_90 = function(n, acc) if n <= 0 then return acc end local r = m0_91(n - 1, acc - 90) return r end
  m0_91 = function(n, acc) if n <= 0 then return acc end return m0_92(n - 1, acc ~ 637) end
  m0_92 = function(n, acc) if n <= 0 then return acc end return m0_93(n - 1, acc + 92) end
  m0_93 = function(n, acc) if n <= 0 then return acc end return m0_94(n - 1, (acc * 3) % 1000003) end
  m0_94 = function(n, acc) if n <= 0 then return acc end local r = m0_95(n - 1, acc - 94) return r end
  m0_95 = function(n, acc) if n <= 0 then return acc end return m0_96(n - 1, acc ~ 665) end
  m0_96 = function(n, acc) if n <= 0 then return acc end return m0_97(n - 1, acc + 96) end
  m0_97 = function(n, acc) if n <= 0 then return acc end return m0_98(n - 1, (acc * 3) % 1000003) end
  m0_98 = function(n, acc) if n <= 0 then return acc end local r = m0_99(n - 1, acc - 98) return r end
  m0_99 = function(n, acc) if n <= 0 then return acc end return m0_100(n - 1, acc ~ 693) end
  m0_100 = function(n, acc) if n <= 0 then return acc end return m0_101(n - 1, acc + 100) end
  m0_101 = function(n, acc) if n <= 0 then return acc end return m0_102(n - 1, (acc * 3) % 1000003) end
  m0_102 = function(n, acc) if n <= 0 then return acc end local r = m0_103(n - 1, acc - 102) return r end
  m0_103 = function(n, acc) if n <= 0 then return acc end return m0_104(n - 1, acc ~ 721) end
  m0_104 = function(n, acc) if n <= 0 then return acc end return m0_105(n - 1, acc + 104) end
  m0_105 = function(n, acc) if n <= 0 then return acc end return m0_106(n - 1, (acc * 3) % 1000003) end
  m0_106 = function(n, acc) if n <= 0 then return acc end local r = m0_107(n - 1, acc - 106) return r end
  m0_107 = function(n, acc) if n <= 0 then return acc end return m0_108(n - 1, acc ~ 749) end
  m0_108 = function(n, acc) if n <= 0 then return acc end return m0_109(n - 1, acc + 108) end
  m0_109 = function(n, acc) if n <= 0 then return acc end return m0_110(n - 1, (acc * 3) % 1000003) end
  m0_110 = function(n, acc) if n <= 0 then return acc end local r = m0_111(n - 1, acc - 110) return r end
  m0_111 = function(n, acc) if n <= 0 then return acc end return m0_112(n - 1, acc ~ 777) end
  m0_112 = function(n, acc) if n <= 0 then return acc end return m0_113(n - 1, acc + 112) end
  m0_113 = function(n, acc) if n <= 0 then return acc end return m0_114(n - 1, (acc * 3) % 1000003) end
  m0_114 = function(n, acc) if n <= 0 then return acc end local r = m0_115(n - 1, acc - 114) return r end
  m0_115 = function(n, acc) if n <= 0 then return acc end return m0_116(n - 1, acc ~ 805) end
  m0_116 = function(n, acc) if n <= 0 then return acc end return m0_117(n - 1, acc + 116) end
  m0_117 = function(n, acc) if n <= 0 then return acc end return m0_118(n - 1, (acc * 3) % 1000003) end
  m0_118 = function(n, acc) if n <= 0 then return acc end local r = m0_119(n - 1, acc - 118) return r end
  m0_119 = function(n, acc) if n <= 0 then return acc end return m0_120(n - 1, acc ~ 833) end
  m0_120 = function(n, acc) if n <= 0 then return acc end return m0_121(n - 1, acc + 120) end
  m0_121 = function(n, acc) if n <= 0 then return acc end return m0_122(n - 1, (acc * 3) % 1000003) end
  m0_122 = function(n, acc) if n <= 0 then return acc end local r = m0_123(n - 1, acc - 122) return r end
  m0_123 = function(n, acc) if n <= 0 then return acc end return m0_124(n - 1, acc ~ 861) end
  m0_124 = function(n, acc) if n <= 0 then return acc end return m0_125(n - 1, acc + 124) end
  m0_125 = function(n, acc) if n <= 0 then return acc end return m0_126(n - 1, (acc * 3) % 1000003) end
  m0_126 = function(n, acc) if n <= 0 then return acc end local r = m0_127(n - 1, acc - 126) return r end
  m0_127 = function(n, acc) if n <= 0 then return acc end return m0_128(n - 1, acc ~ 889) end
  m0_128 = function(n, acc) if n <= 0 then return acc end return m0_129(n - 1, acc + 128) end
  m0_129 = function(n, acc) if n <= 0 then return acc end return m0_130(n - 1, (acc * 3) % 1000003) end
  m0_130 = function(n, acc) if n <= 0 then return acc end local r = m0_131(n - 1, acc - 130) return r end
  m0_131 = function(n, acc) if n <= 0 then return acc end return m0_132(n - 1, acc ~ 917) end
  m0_132 = function(n, acc) if n <= 0 then return acc end return m0_133(n - 1, acc + 132) end
  m0_133 = function(n, acc) if n <= 0 then return acc end return m0_134(n - 1, (acc * 3) % 1000003) end
  m0_134 = function(n, acc) if n <= 0 then return acc end local r = m0_135(n - 1, acc - 134) return r end
  m0_135 = function(n, acc) if n <= 0 then return acc end return m0_136(n - 1, acc ~ 945) end
  m0_136 = function(n, acc) if n <= 0 then return acc end return m0_137(n - 1, acc + 136) end
  m0_137 = function(n, acc) if n <= 0 then return acc end return m0_138(n - 1, (acc * 3) % 1000003) end
  m0_138 = function(n, acc) if n <= 0 then return acc end local r = m0_139(n - 1, acc - 138) return r end
  m0_139 = function(n, acc) if n <= 0 then return acc end return m0_140(n - 1, acc ~ 973) end
  m0_140 = function(n, acc) if n <= 0 then return acc end return m0_141(n - 1, acc + 140) end
  m0_141 = function(n, acc) if n <= 0 then return acc end return m0_142(n - 1, (acc * 3) % 1000003) end
  m0_142 = function(n, acc) if n <= 0 then return acc end local r = m0_143(n - 1, acc - 142) return r end
  m0_143 = function(n, acc) if n <= 0 then return acc end return m0_144(n - 1, acc ~ 1001) end
  m0_144 = function(n, acc) if n <= 0 then return acc end return m0_145(n - 1, acc + 144) end
  m0_145 = function(n, acc) if n <= 0 then return acc end return m0_146(n - 1, (acc * 3) % 1000003) end
  m0_146 = function(n, acc) if n <= 0 then return acc end local r = m0_147(n - 1, acc - 146) return r end
  m0_147 = function(n, acc) if n <= 0 then return acc end return m0_148(n - 1, acc ~ 1029) end
  m0_148 = function(n, acc) if n <= 0 then return acc end return m0_149(n - 1, acc + 148) end
  m0_149 = function(n, acc) if n <= 0 then return acc end return m0_150(n - 1, (acc * 3) % 1000003) end
  m0_150 = function(n, acc) if n <= 0 then return acc end local r = m0_151(n - 1, acc - 150) return r end
  m0_151 = function(n, acc) if n <= 0 then return acc end return m0_152(n - 1, acc ~ 1057) end
  m0_152 = function(n, acc) if n <= 0 then return acc end return m0_153(n - 1, acc + 152) end
  m0_153 = function(n, acc) if n <= 0 then return acc end return m0_154(n - 1, (acc * 3) % 1000003) end
  m0_154 = function(n, acc) if n <= 0 then return acc end local r = m0_155(n - 1, acc - 154) return r end
  m0_155 = function(n, acc) if n <= 0 then return acc end return m0_156(n - 1, acc ~ 1085) end
  m0_156 = function(n, acc) if n <= 0 then return acc end return m0_157(n - 1, acc + 156) end
  m0_157 = function(n, acc) if n <= 0 then return acc end return m0_158(n - 1, (acc * 3) % 1000003) end
  m0_158 = function(n, acc) if n <= 0 then return acc end local r = m0_159(n - 1, acc - 158) return r end
  m0_159 = function(n, acc) if n <= 0 then return acc end return m0_0(n - 1, acc ~ 1113) end
  print("block 0", m0_0(0, 1), m0_0(1, 1), m0_0(160, 1), m0_7(999, 5))
  local t = 0
  for i = 1, 200 do t = (t + m0_0(i, i)) % 1000003 end
  print("hot 0", t)
  print("float 0", m0_0(10, 2.0), m0_4(3, 2^53))
  G_entry0 = m0_0
end
do
  local m1_0, m1_1, m1_2, m1_3, m1_4, m1_5, m1_6, m1_7, m1_8, m1_9, m1_10, m1_11, m1_12, m1_13, m1_14, m1_15, m1_16, m1_17, m1_18, m1_19, m1_20, m1_21, m1_22, m1_23, m1_24, m1_25, m1_26, m1_27, m1_28, m1_29, m1_30, m1_31, m1_32, m1_33, m1_34, m1_35, m1_36, m1_37, m1_38, m1_39, m1_40, m1_41, m1_42, m1_43, m1_44, m1_45, m1_46, m1_47, m1_48, m1_49, m1_50, m1_51, m1_52, m1_53, m1_54, m1_55, m1_56, m1_57, m1_58, m1_59, m1_60, m1_61, m1_62, m1_63, m1_64, m1_65, m1_66, m1_67, m1_68, m1_69, m1_70, m1_71, m1_72, m1_73, m1_74, m1_75, m1_76, m1_77, m1_78, m1_79, m1_80, m1_81, m1_82, m1_83, m1_84, m1_85, m1_86, m1_87, m1_88, m1_89, m1_90, m1_91, m1_92, m1_93, m1_94, m1_95, m1_96, m1_97, m1_98, m1_99, m1_100, m1_101, m1_102, m1_103, m1_104, m1_105, m1_106, m1_107, m1_108, m1_109, m1_110, m1_111, m1_112, m1_113, m1_114, m1_115, m1_116, m1_117, m1_118, m1_119, m1_120, m1_121, m1_122, m1_123, m1_124, m1_125, m1_126, m1_127, m1_128, m1_129, m1_130, m1_131, m1_132, m1_133, m1_134, m1_135, m1_136, m1_137, m1_138, m1_139, m1_140, m1_141, m1_142, m1_143, m1_144, m1_145, m1_146, m1_147, m1_148, m1_149, m1_150, m1_151, m1_152, m1_153, m1_154, m1_155, m1_156, m1_157, m1_158, m1_159
  m1_0 = function(n, acc) if n <= 0 then return acc end return m1_1(n - 1, acc + 0) end
  m1_1 = function(n, acc) if n <= 0 then return acc end return m1_2(n - 1, (acc * 3) % 1000003) end
  m1_2 = function(n, acc) if n <= 0 then return acc end local r = m1_3(n - 1, acc - 2) return r end
  m1_3 = function(n, acc) if n <= 0 then return acc end return m1_4(n - 1, acc ~ 21) end
  m1_4 = function(n, acc) if n <= 0 then return acc end return m1_5(n - 1, acc + 4) end
  m1_5 = function(n, acc) if n <= 0 then return acc end return m1_6(n - 1, (acc * 3) % 1000003) end
  m1_6 = function(n, acc) if n <= 0 then return acc end local r = m1_7(n - 1, acc - 6) return r end
  m1_7 = function(n, acc) if n <= 0 then return acc end return m1_8(n - 1, acc ~ 49) end
  m1_8 = function(n, acc) if n <= 0 then return acc end return m1_9(n - 1, acc + 8) end
  m1_9 = function(n, acc) if n <= 0 then return acc end return m1_10(n - 1, (acc * 3) % 1000003) end
  m1_10 = function(n, acc) if n <= 0 then return acc end local r = m1_11(n - 1, acc - 10) return r end
  m1_11 = function(n, acc) if n <= 0 then return acc end return m1_12(n - 1, acc ~ 77) end
  m1_12 = function(n, acc) if n <= 0 then return acc end return m1_13(n - 1, acc + 12) end
  m1_13 = function(n, acc) if n <= 0 then return acc end return m1_14(n - 1, (acc * 3) % 1000003) end
  m1_14 = function(n, acc) if n <= 0 then return acc end local r = m1_15(n - 1, acc - 14) return r end
  m1_15 = function(n, acc) if n <= 0 then return acc end return m1_16(n - 1, acc ~ 105) end
  m1_16 = function(n, acc) if n <= 0 then return acc end return m1_17(n - 1, acc + 16) end
  m1_17 = function(n, acc) if n <= 0 then return acc end return m1_18(n - 1, (acc * 3) % 1000003) end
  m1_18 = function(n, acc) if n <= 0 then return acc end local r = m1_19(n - 1, acc - 18) return r end
  m1_19 = function(n, acc) if n <= 0 then return acc end return m1_20(n - 1, acc ~ 133) end
  m1_20 = function(n, acc) if n <= 0 then return acc end return m1_21(n - 1, acc + 20) end
  m1_21 = function(n, acc) if n <= 0 then return acc end return m1_22(n - 1, (acc * 3) % 1000003) end
  m1_22 = function(n, acc) if n <= 0 then return acc end local r = m1_23(n - 1, acc - 22) return r end
  m1_23 = function(n, acc) if n <= 0 then return acc end return m1_24(n - 1, acc ~ 161) end
  m1_24 = function(n, acc) if n <= 0 then return acc end return m1_25(n - 1, acc + 24) end
  m1_25 = function(n, acc) if n <= 0 then return acc end return m1_26(n - 1, (acc * 3) % 1000003) end
  m1_26 = function(n, acc) if n <= 0 then return acc end local r = m1_27(n - 1, acc - 26) return r end
  m1_27 = function(n, acc) if n <= 0 then return acc end return m1_28(n - 1, acc ~ 189) end
  m1_28 = function(n, acc) if n <= 0 then return acc end return m1_29(n - 1, acc + 28) end
  m1_29 = function(n, acc) if n <= 0 then return acc end return m1_30(n - 1, (acc * 3) % 1000003) end
  m1_30 = function(n, acc) if n <= 0 then return acc end local r = m1_31(n - 1, acc - 30) return r end
  m1_31 = function(n, acc) if n <= 0 then return acc end return m1_32(n - 1, acc ~ 217) end
  m1_32 = function(n, acc) if n <= 0 then return acc end return m1_33(n - 1, acc + 32) end
  m1_33 = function(n, acc) if n <= 0 then return acc end return m1_34(n - 1, (acc * 3) % 1000003) end
  m1_34 = function(n, acc) if n <= 0 then return acc end local r = m1_35(n - 1, acc - 34) return r end
  m1_35 = function(n, acc) if n <= 0 then return acc end return m1_36(n - 1, acc ~ 245) end
  m1_36 = function(n, acc) if n <= 0 then return acc end return m1_37(n - 1, acc + 36) end
  m1_37 = function(n, acc) if n <= 0 then return acc end return m1_38(n - 1, (acc * 3) % 1000003) end
  m1_38 = function(n, acc) if n <= 0 then return acc end local r = m1_39(n - 1, acc - 38) return r end
  m1_39 = function(n, acc) if n <= 0 then return acc end return m1_40(n - 1, acc ~ 273) end
  m1_40 = function(n, acc) if n <= 0 then return acc end return m1_41(n - 1, acc + 40) end
  m1_41 = function(n, acc) if n <= 0 then return acc end return m1_42(n - 1, (acc * 3) % 1000003) end
  m1_42 = function(n, acc) if n <= 0 then return acc end local r = m1_43(n - 1, acc - 42) return r end
  m1_43 = function(n, acc) if n <= 0 then return acc end return m1_44(n - 1, acc ~ 301) end
  m1_44 = function(n, acc) if n <= 0 then return acc end return m1_45(n - 1, acc + 44) end
  m1_45 = function(n, acc) if n <= 0 then return acc end return m1_46(n - 1, (acc * 3) % 1000003) end
  m1_46 = function(n, acc) if n <= 0 then return acc end local r = m1_47(n - 1, acc - 46) return r end
  m1_47 = function(n, acc) if n <= 0 then return acc end return m1_48(n - 1, acc ~ 329) end
  m1_48 = function(n, acc) if n <= 0 then return acc end return m1_49(n - 1, acc + 48) end
  m1_49 = function(n, acc) if n <= 0 then return acc end return m1_50(n - 1, (acc * 3) % 1000003) end
  m1_50 = function(n, acc) if n <= 0 then return acc end local r = m1_51(n - 1, acc - 50) return r end
  m1_51 = function(n, acc) if n <= 0 then return acc end return m1_52(n - 1, acc ~ 357) end
  m1_52 = function(n, acc) if n <= 0 then return acc end return m1_53(n - 1, acc + 52) end
  m1_53 = function(n, acc) if n <= 0 then return acc end return m1_54(n - 1, (acc * 3) % 1000003) end
  m1_54 = function(n, acc) if n <= 0 then return acc end local r = m1_55(n - 1, acc - 54) return r end
  m1_55 = function(n, acc) if n <= 0 then return acc end return m1_56(n - 1, acc ~ 385) end
  m1_56 = function(n, acc) if n <= 0 then return acc end return m1_57(n - 1, acc + 56) end
  m1_57 = function(n, acc) if n <= 0 then return acc end return m1_58(n - 1, (acc * 3) % 1000003) end
  m1_58 = function(n, acc) if n <= 0 then return acc end local r = m1_59(n - 1, acc - 58) return r end
  m1_59 = function(n, acc) if n <= 0 then return acc end return m1_60(n - 1, acc ~ 413) end
  m1_60 = function(n, acc) if n <= 0 then return acc end return m1_61(n - 1, acc + 60) end
  m1_61 = function(n, acc) if n <= 0 then return acc end return m1_62(n - 1, (acc * 3) % 1000003) end
  m1_62 = function(n, acc) if n <= 0 then return acc end local r = m1_63(n - 1, acc - 62) return r end
  m1_63 = function(n, acc) if n <= 0 then return acc end return m1_64(n - 1, acc ~ 441) end
  m1_64 = function(n, acc) if n <= 0 then return acc end return m1_65(n - 1, acc + 64) end
  m1_65 = function(n, acc) if n <= 0 then return acc end return m1_66(n - 1, (acc * 3) % 1000003) end
  m1_66 = function(n, acc) if n <= 0 then return acc end local r = m1_67(n - 1, acc - 66) return r end
  m1_67 = function(n, acc) if n <= 0 then return acc end return m1_68(n - 1, acc ~ 469) end
  m1_68 = function(n, acc) if n <= 0 then return acc end return m1_69(n - 1, acc + 68) end
  m1_69 = function(n, acc) if n <= 0 then return acc end return m1_70(n - 1, (acc * 3) % 1000003) end
  m1_70 = function(n, acc) if n <= 0 then return acc end local r = m1_71(n - 1, acc - 70) return r end
  m1_71 = function(n, acc) if n <= 0 then return acc end return m1_72(n - 1, acc ~ 497) end
  m1_72 = function(n, acc) if n <= 0 then return acc end return m1_73(n - 1, acc + 72) end
  m1_73 = function(n, acc) if n <= 0 then return acc end return m1_74(n - 1, (acc * 3) % 1000003) end
  m1_74 = function(n, acc) if n <= 0 then return acc end local r = m1_75(n - 1, acc - 74) return r end
  m1_75 = function(n, acc) if n <= 0 then return acc end return m1_76(n - 1, acc ~ 525) end
  m1_76 = function(n, acc) if n <= 0 then return acc end return m1_77(n - 1, acc + 76) end
  m1_77 = function(n, acc) if n <= 0 then return acc end return m1_78(n - 1, (acc * 3) % 1000003) end
  m1_78 = function(n, acc) if n <= 0 then return acc end local r = m1_79(n - 1, acc - 78) return r end
  m1_79 = function(n, acc) if n <= 0 then return acc end return m1_80(n - 1, acc ~ 553) end
  m1_80 = function(n, acc) if n <= 0 then return acc end return m1_81(n - 1, acc + 80) end
  m1_81 = function(n, acc) if n <= 0 then return acc end return m1_82(n - 1, (acc * 3) % 1000003) end
  m1_82 = function(n, acc) if n <= 0 then return acc end local r = m1_83(n - 1, acc - 82) return r end
  m1_83 = function(n, acc) if n <= 0 then return acc end return m1_84(n - 1, acc ~ 581) end
  m1_84 = function(n, acc) if n <= 0 then return acc end return m1_85(n - 1, acc + 84) end
  m1_85 = function(n, acc) if n <= 0 then return acc end return m1_86(n - 1, (acc * 3) % 1000003) end
  m1_86 = function(n, acc) if n <= 0 then return acc end local r = m1_87(n - 1, acc - 86) return r end
  m1_87 = function(n, acc) if n <= 0 then return acc end return m1_88(n - 1, acc ~ 609) end
  m1_88 = function(n, acc) if n <= 0 then return acc end return m1_89(n - 1, acc + 88) end
  m1_89 = function(n, acc) if n <= 0 then return acc end return m1_90(n - 1, (acc * 3) % 1000003) end
  m1_90 = function(n, acc) if n <= 0 then return acc end local r = m1_91(n - 1, acc - 90) return r end
  m1_91 = function(n, acc) if n <= 0 then return acc end return m1_92(n - 1, acc ~ 637) end
  m1_92 = function(n, acc) if n <= 0 then return acc end return m1_93(n - 1, acc + 92) end
  m1_93 = function(n, acc) if n <= 0 then return acc end return m1_94(n - 1, (acc * 3) % 1000003) end
  m1_94 = function(n, acc) if n <= 0 then return acc end local r = m1_95(n - 1, acc - 94) return r end
  m1_95 = function(n, acc) if n <= 0 then return acc end return m1_96(n - 1, acc ~ 665) end
  m1_96 = function(n, acc) if n <= 0 then return acc end return m1_97(n - 1, acc + 96) end
  m1_97 = function(n, acc) if n <= 0 then return acc end return m1_98(n - 1, (acc * 3) % 1000003) end
  m1_98 = function(n, acc) if n <= 0 then return acc end local r = m1_99(n - 1, acc - 98) return r end
  m1_99 = function(n, acc) if n <= 0 then return acc end return m1_100(n - 1, acc ~ 693) end
  m1_100 = function(n, acc) if n <= 0 then return acc end return m1_101(n - 1, acc + 100) end
  m1_101 = function(n, acc) if n <= 0 then return acc end return m1_102(n - 1, (acc * 3) % 1000003) end
  m1_102 = function(n, acc) if n <= 0 then return acc end local r = m1_103(n - 1, acc - 102) return r end
  m1_103 = function(n, acc) if n <= 0 then return acc end return m1_104(n - 1, acc ~ 721) end
  m1_104 = function(n, acc) if n <= 0 then return acc end return m1_105(n - 1, acc + 104) end
  m1_105 = function(n, acc) if n <= 0 then return acc end return m1_106(n - 1, (acc * 3) % 1000003) end
  m1_106 = function(n, acc) if n <= 0 then return acc end local r = m1_107(n - 1, acc - 106) return r end
  m1_107 = function(n, acc) if n <= 0 then return acc end return m1_108(n - 1, acc ~ 749) end
  m1_108 = function(n, acc) if n <= 0 then return acc end return m1_109(n - 1, acc + 108) end
  m1_109 = function(n, acc) if n <= 0 then return acc end return m1_110(n - 1, (acc * 3) % 1000003) end
  m1_110 = function(n, acc) if n <= 0 then return acc end local r = m1_111(n - 1, acc - 110) return r end
  m1_111 = function(n, acc) if n <= 0 then return acc end return m1_112(n - 1, acc ~ 777) end
  m1_112 = function(n, acc) if n <= 0 then return acc end return m1_113(n - 1, acc + 112) end
  m1_113 = function(n, acc) if n <= 0 then return acc end return m1_114(n - 1, (acc * 3) % 1000003) end
  m1_114 = function(n, acc) if n <= 0 then return acc end local r = m1_115(n - 1, acc - 114) return r end
  m1_115 = function(n, acc) if n <= 0 then return acc end return m1_116(n - 1, acc ~ 805) end
  m1_116 = function(n, acc) if n <= 0 then return acc end return m1_117(n - 1, acc + 116) end
  m1_117 = function(n, acc) if n <= 0 then return acc end return m1_118(n - 1, (acc * 3) % 1000003) end
  m1_118 = function(n, acc) if n <= 0 then return acc end local r = m1_119(n - 1, acc - 118) return r end
  m1_119 = function(n, acc) if n <= 0 then return acc end return m1_120(n - 1, acc ~ 833) end
  m1_120 = function(n, acc) if n <= 0 then return acc end return m1_121(n - 1, acc + 120) end
  m1_121 = function(n, acc) if n <= 0 then return acc end return m1_122(n - 1, (acc * 3) % 1000003) end
  m1_122 = function(n, acc) if n <= 0 then return acc end local r = m1_123(n - 1, acc - 122) return r end
  m1_123 = function(n, acc) if n <= 0 then return acc end return m1_124(n - 1, acc ~ 861) end
  m1_124 = function(n, acc) if n <= 0 then return acc end return m1_125(n - 1, acc + 124) end
  m1_125 = function(n, acc) if n <= 0 then return acc end return m1_126(n - 1, (acc * 3) % 1000003) end
  m1_126 = function(n, acc) if n <= 0 then return acc end local r = m1_127(n - 1, acc - 126) return r end
  m1_127 = function(n, acc) if n <= 0 then return acc end return m1_128(n - 1, acc ~ 889) end
  m1_128 = function(n, acc) if n <= 0 then return acc end return m1_129(n - 1, acc + 128) end
  m1_129 = function(n, acc) if n <= 0 then return acc end return m1_130(n - 1, (acc * 3) % 1000003) end
  m1_130 = function(n, acc) if n <= 0 then return acc end local r = m1_131(n - 1, acc - 130) return r end
  m1_131 = function(n, acc) if n <= 0 then return acc end return m1_132(n - 1, acc ~ 917) end
  m1_132 = function(n, acc) if n <= 0 then return acc end return m1_133(n - 1, acc + 132) end
  m1_133 = function(n, acc) if n <= 0 then return acc end return m1_134(n - 1, (acc * 3) % 1000003) end
  m1_134 = function(n, acc) if n <= 0 then return acc end local r = m1_135(n - 1, acc - 134) return r end
  m1_135 = function(n, acc) if n <= 0 then return acc end return m1_136(n - 1, acc ~ 945) end
  m1_136 = function(n, acc) if n <= 0 then return acc end return m1_137(n - 1, acc + 136) end
  m1_137 = function(n, acc) if n <= 0 then return acc end return m1_138(n - 1, (acc * 3) % 1000003) end
  m1_138 = function(n, acc) if n <= 0 then return acc end local r = m1_139(n - 1, acc - 138) return r end
  m1_139 = function(n, acc) if n <= 0 then return acc end return m1_140(n - 1, acc ~ 973) end
  m1_140 = function(n, acc) if n <= 0 then return acc end return m1_141(n - 1, acc + 140) end
  m1_141 = function(n, acc) if n <= 0 then return acc end return m1_142(n - 1, (acc * 3) % 1000003) end
  m1_142 = function(n, acc) if n <= 0 then return acc end local r = m1_143(n - 1, acc - 142) return r end
  m1_143 = function(n, acc) if n <= 0 then return acc end return m1_144(n - 1, acc ~ 1001) end
  m1_144 = function(n, acc) if n <= 0 then return acc end return m1_145(n - 1, acc + 144) end
  m1_145 = function(n, acc) if n <= 0 then return acc end return m1_146(n - 1, (acc * 3) % 1000003) end
  m1_146 = function(n, acc) if n <= 0 then return acc end local r = m1_147(n - 1, acc - 146) return r end
  m1_147 = function(n, acc) if n <= 0 then return acc end return m1_148(n - 1, acc ~ 1029) end
  m1_148 = function(n, acc) if n <= 0 then return acc end return m1_149(n - 1, acc + 148) end
  m1_149 = function(n, acc) if n <= 0 then return acc end return m1_150(n - 1, (acc * 3) % 1000003) end
  m1_150 = function(n, acc) if n <= 0 then return acc end local r = m1_151(n - 1, acc - 150) return r end
  m1_151 = function(n, acc) if n <= 0 then return acc end return m1_152(n - 1, acc ~ 1057) end
  m1_152 = function(n, acc) if n <= 0 then return acc end return m1_153(n - 1, acc + 152) end
  m1_153 = function(n, acc) if n <= 0 then return acc end return m1_154(n - 1, (acc * 3) % 1000003) end
  m1_154 = function(n, acc) if n <= 0 then return acc end local r = m1_155(n - 1, acc - 154) return r end
  m1_155 = function(n, acc) if n <= 0 then return acc end return m1_156(n - 1, acc ~ 1085) end
  m1_156 = function(n, acc) if n <= 0 then return acc end return m1_157(n - 1, acc + 156) end
  m1_157 = function(n, acc) if n <= 0 then return acc end return m1_158(n - 1, (acc * 3) % 1000003) end
  m1_158 = function(n, acc) if n <= 0 then return acc end local r = m1_159(n - 1, acc - 158) return r end
  m1_159 = function(n, acc) if n <= 0 then return acc end return m1_0(n - 1, acc ~ 1113) end
  print("block 1", m1_0(0, 1), m1_0(1, 1), m1_0(160, 1), m1_7(999, 5))
  local t = 0
  for i = 1, 200 do t = (t + m1_3(i, i)) % 1000003 end
  print("hot 1", t)
  print("float 1", m1_0(10, 2.0), m1_4(3, 2^53))
  G_entry1 = m1_0
end
print("after blocks", G_entry0(50, 0), G_entry1(50, 0))
print("deep", G_entry0(20000, 0))
print("before error")
print(G_entry1(9, 1.5))
