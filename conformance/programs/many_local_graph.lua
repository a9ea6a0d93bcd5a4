-- 350 local functions with a random call graph (chain + budgeted random branches); some hot, some cold
local calls, budget = 0, 0
do
  local function lf119(x)
    calls = calls + 1
    local r = x * 1 + 119
    r = r + G1(x % 50)
    return r % 1000003
  end
  local function lf118(x)
    calls = calls + 1
    local r = x * 7 + 118
    r = r + lf119(x)
    return r % 1000003
  end
  local function lf117(x)
    calls = calls + 1
    local r = x * 6 + 117
    r = r + lf118(x)
    if budget > 0 and (x + 117) % 2 == 0 then budget = budget - 1 r = r - lf119(x + 1) end
    return r % 1000003
  end
  local function lf116(x)
    calls = calls + 1
    local r = x * 5 + 116
    r = r + lf117(x)
    if budget > 0 and (x + 116) % 2 == 0 then budget = budget - 1 r = r - lf119(x + 1) end
    return r % 1000003
  end
  local function lf115(x)
    calls = calls + 1
    local r = x * 4 + 115
    r = r + lf116(x)
    if budget > 0 and (x + 115) % 2 == 0 then budget = budget - 1 r = r - lf117(x + 1) end
    return r % 1000003
  end
  local function lf114(x)
    calls = calls + 1
    local r = x * 3 + 114
    r = r + lf115(x)
    if budget > 0 and (x + 114) % 4 == 0 then budget = budget - 1 r = r - lf116(x + 1) end
    return r % 1000003
  end
  local function lf113(x)
    calls = calls + 1
    local r = x * 2 + 113
    r = r + lf114(x)
    if budget > 0 and (x + 113) % 2 == 0 then budget = budget - 1 r = r - lf119(x + 1) end
    return r % 1000003
  end
  local function lf112(x)
    calls = calls + 1
    local r = x * 1 + 112
    r = r + lf113(x)
    if budget > 0 and (x + 112) % 3 == 0 then budget = budget - 1 r = r - lf118(x + 1) end
    return r % 1000003
  end
  local function lf111(x)
    calls = calls + 1
    local r = x * 7 + 111
    r = r + lf112(x)
    if budget > 0 and (x + 111) % 2 == 0 then budget = budget - 1 r = r - lf113(x + 1) end
    return r % 1000003
  end
  local function lf110(x)
    calls = calls + 1
    local r = x * 6 + 110
    r = r + lf111(x)
    if budget > 0 and (x + 110) % 2 == 0 then budget = budget - 1 r = r - lf113(x + 1) end
    return r % 1000003
  end
  local function lf109(x)
    calls = calls + 1
    local r = x * 5 + 109
    r = r + lf110(x)
    if budget > 0 and (x + 109) % 4 == 0 then budget = budget - 1 r = r - lf114(x + 1) end
    return r % 1000003
  end
  local function lf108(x)
    calls = calls + 1
    local r = x * 4 + 108
    r = r + lf109(x)
    if budget > 0 and (x + 108) % 2 == 0 then budget = budget - 1 r = r - lf119(x + 1) end
    return r % 1000003
  end
  local function lf107(x)
    calls = calls + 1
    local r = x * 3 + 107
    r = r + lf108(x)
    if budget > 0 and (x + 107) % 2 == 0 then budget = budget - 1 r = r - lf117(x + 1) end
    return r % 1000003
  end
  local function lf106(x)
    calls = calls + 1
    local r = x * 2 + 106
    r = r + lf107(x)
    if budget > 0 and (x + 106) % 4 == 0 then budget = budget - 1 r = r - lf119(x + 1) end
    return r % 1000003
  end
  local function lf105(x)
    calls = calls + 1
    local r = x * 1 + 105
    r = r + lf106(x)
    if budget > 0 and (x + 105) % 4 == 0 then budget = budget - 1 r = r - lf118(x + 1) end
    return r % 1000003
  end
  local function lf104(x)
    calls = calls + 1
    local r = x * 7 + 104
    r = r + lf105(x)
    if budget > 0 and (x + 104) % 2 == 0 then budget = budget - 1 r = r - lf112(x + 1) end
    return r % 1000003
  end
  local function lf103(x)
    calls = calls + 1
    local r = x * 6 + 103
    r = r + lf104(x)
    if budget > 0 and (x + 103) % 4 == 0 then budget = budget - 1 r = r - lf112(x + 1) end
    return r % 1000003
  end
  local function lf102(x)
    calls = calls + 1
    local r = x * 5 + 102
    r = r + lf103(x)
    if budget > 0 and (x + 102) % 2 == 0 then budget = budget - 1 r = r - lf112(x + 1) end
    return r % 1000003
  end
  local function lf101(x)
    calls = calls + 1
    local r = x * 4 + 101
    r = r + lf102(x)
    if budget > 0 and (x + 101) % 4 == 0 then budget = budget - 1 r = r - lf108(x + 1) end
    return r % 1000003
  end
  local function lf100(x)
    calls = calls + 1
    local r = x * 3 + 100
    r = r + lf101(x)
    if budget > 0 and (x + 100) % 3 == 0 then budget = budget - 1 r = r - lf115(x + 1) end
    return r % 1000003
  end
  local function lf99(x)
    calls = calls + 1
    local r = x * 2 + 99
    r = r + lf100(x)
    if budget > 0 and (x + 99) % 2 == 0 then budget = budget - 1 r = r - lf109(x + 1) end
    return r % 1000003
  end
  local function lf98(x)
    calls = calls + 1
    local r = x * 1 + 98
    r = r + lf99(x)
    if budget > 0 and (x + 98) % 3 == 0 then budget = budget - 1 r = r - lf106(x + 1) end
    return r % 1000003
  end
  local function lf97(x)
    calls = calls + 1
    local r = x * 7 + 97
    r = r + lf98(x)
    if budget > 0 and (x + 97) % 2 == 0 then budget = budget - 1 r = r - lf102(x + 1) end
    return r % 1000003
  end
  local function lf96(x)
    calls = calls + 1
    local r = x * 6 + 96
    r = r + lf97(x)
    if budget > 0 and (x + 96) % 2 == 0 then budget = budget - 1 r = r - lf110(x + 1) end
    return r % 1000003
  end
  local function lf95(x)
    calls = calls + 1
    local r = x * 5 + 95
    r = r + lf96(x)
    if budget > 0 and (x + 95) % 3 == 0 then budget = budget - 1 r = r - lf108(x + 1) end
    return r % 1000003
  end
  local function lf94(x)
    calls = calls + 1
    local r = x * 4 + 94
    r = r + lf95(x)
    if budget > 0 and (x + 94) % 3 == 0 then budget = budget - 1 r = r - lf115(x + 1) end
    return r % 1000003
  end
  local function lf93(x)
    calls = calls + 1
    local r = x * 3 + 93
    r = r + lf94(x)
    if budget > 0 and (x + 93) % 4 == 0 then budget = budget - 1 r = r - lf96(x + 1) end
    return r % 1000003
  end
  local function lf92(x)
    calls = calls + 1
    local r = x * 2 + 92
    r = r + lf93(x)
    if budget > 0 and (x + 92) % 4 == 0 then budget = budget - 1 r = r - lf108(x + 1) end
    return r % 1000003
  end
  local function lf91(x)
    calls = calls + 1
    local r = x * 1 + 91
    r = r + lf92(x)
    if budget > 0 and (x + 91) % 3 == 0 then budget = budget - 1 r = r - lf96(x + 1) end
    return r % 1000003
  end
  local function lf90(x)
    calls = calls + 1
    local r = x * 7 + 90
    r = r + lf91(x)
    if budget > 0 and (x + 90) % 4 == 0 then budget = budget - 1 r = r - lf94(x + 1) end
    return r % 1000003
  end
  local function lf89(x)
    calls = calls + 1
    local r = x * 6 + 89
    r = r + lf90(x)
    if budget > 0 and (x + 89) % 4 == 0 then budget = budget - 1 r = r - lf100(x + 1) end
    return r % 1000003
  end
  local function lf88(x)
    calls = calls + 1
    local r = x * 5 + 88
    r = r + lf89(x)
    if budget > 0 and (x + 88) % 3 == 0 then budget = budget - 1 r = r - lf109(x + 1) end
    return r % 1000003
  end
  local function lf87(x)
    calls = calls + 1
    local r = x * 4 + 87
    r = r + lf88(x)
    if budget > 0 and (x + 87) % 2 == 0 then budget = budget - 1 r = r - lf107(x + 1) end
    return r % 1000003
  end
  local function lf86(x)
    calls = calls + 1
    local r = x * 3 + 86
    r = r + lf87(x)
    if budget > 0 and (x + 86) % 2 == 0 then budget = budget - 1 r = r - lf92(x + 1) end
    return r % 1000003
  end
  local function lf85(x)
    calls = calls + 1
    local r = x * 2 + 85
    r = r + lf86(x)
    if budget > 0 and (x + 85) % 3 == 0 then budget = budget - 1 r = r - lf101(x + 1) end
    return r % 1000003
  end
  local function lf84(x)
    calls = calls + 1
    local r = x * 1 + 84
    r = r + lf85(x)
    if budget > 0 and (x + 84) % 2 == 0 then budget = budget - 1 r = r - lf91(x + 1) end
    return r % 1000003
  end
  local function lf83(x)
    calls = calls + 1
    local r = x * 7 + 83
    r = r + lf84(x)
    if budget > 0 and (x + 83) % 3 == 0 then budget = budget - 1 r = r - lf91(x + 1) end
    return r % 1000003
  end
  local function lf82(x)
    calls = calls + 1
    local r = x * 6 + 82
    r = r + lf83(x)
    if budget > 0 and (x + 82) % 3 == 0 then budget = budget - 1 r = r - lf101(x + 1) end
    return r % 1000003
  end
  local function lf81(x)
    calls = calls + 1
    local r = x * 5 + 81
    r = r + lf82(x)
    if budget > 0 and (x + 81) % 2 == 0 then budget = budget - 1 r = r - lf106(x + 1) end
    return r % 1000003
  end
  local function lf80(x)
    calls = calls + 1
    local r = x * 4 + 80
    r = r + lf81(x)
    if budget > 0 and (x + 80) % 3 == 0 then budget = budget - 1 r = r - lf105(x + 1) end
    return r % 1000003
  end
  local function lf79(x)
    calls = calls + 1
    local r = x * 3 + 79
    r = r + lf80(x)
    if budget > 0 and (x + 79) % 4 == 0 then budget = budget - 1 r = r - lf94(x + 1) end
    return r % 1000003
  end
  local function lf78(x)
    calls = calls + 1
    local r = x * 2 + 78
    r = r + lf79(x)
    if budget > 0 and (x + 78) % 4 == 0 then budget = budget - 1 r = r - lf97(x + 1) end
    return r % 1000003
  end
  local function lf77(x)
    calls = calls + 1
    local r = x * 1 + 77
    r = r + lf78(x)
    if budget > 0 and (x + 77) % 4 == 0 then budget = budget - 1 r = r - lf83(x + 1) end
    return r % 1000003
  end
  local function lf76(x)
    calls = calls + 1
    local r = x * 7 + 76
    r = r + lf77(x)
    if budget > 0 and (x + 76) % 2 == 0 then budget = budget - 1 r = r - lf118(x + 1) end
    return r % 1000003
  end
  local function lf75(x)
    calls = calls + 1
    local r = x * 6 + 75
    r = r + lf76(x)
    if budget > 0 and (x + 75) % 4 == 0 then budget = budget - 1 r = r - lf111(x + 1) end
    return r % 1000003
  end
  local function lf74(x)
    calls = calls + 1
    local r = x * 5 + 74
    r = r + lf75(x)
    if budget > 0 and (x + 74) % 2 == 0 then budget = budget - 1 r = r - lf91(x + 1) end
    return r % 1000003
  end
  local function lf73(x)
    calls = calls + 1
    local r = x * 4 + 73
    r = r + lf74(x)
    if budget > 0 and (x + 73) % 3 == 0 then budget = budget - 1 r = r - lf104(x + 1) end
    return r % 1000003
  end
  local function lf72(x)
    calls = calls + 1
    local r = x * 3 + 72
    r = r + lf73(x)
    if budget > 0 and (x + 72) % 4 == 0 then budget = budget - 1 r = r - lf91(x + 1) end
    return r % 1000003
  end
  local function lf71(x)
    calls = calls + 1
    local r = x * 2 + 71
    r = r + lf72(x)
    if budget > 0 and (x + 71) % 4 == 0 then budget = budget - 1 r = r - lf117(x + 1) end
    return r % 1000003
  end
  local function lf70(x)
    calls = calls + 1
    local r = x * 1 + 70
    r = r + lf71(x)
    if budget > 0 and (x + 70) % 4 == 0 then budget = budget - 1 r = r - lf86(x + 1) end
    return r % 1000003
  end
  local function lf69(x)
    calls = calls + 1
    local r = x * 7 + 69
    r = r + lf70(x)
    if budget > 0 and (x + 69) % 2 == 0 then budget = budget - 1 r = r - lf91(x + 1) end
    return r % 1000003
  end
  local function lf68(x)
    calls = calls + 1
    local r = x * 6 + 68
    r = r + lf69(x)
    if budget > 0 and (x + 68) % 2 == 0 then budget = budget - 1 r = r - lf84(x + 1) end
    return r % 1000003
  end
  local function lf67(x)
    calls = calls + 1
    local r = x * 5 + 67
    r = r + lf68(x)
    if budget > 0 and (x + 67) % 3 == 0 then budget = budget - 1 r = r - lf89(x + 1) end
    return r % 1000003
  end
  local function lf66(x)
    calls = calls + 1
    local r = x * 4 + 66
    r = r + lf67(x)
    if budget > 0 and (x + 66) % 2 == 0 then budget = budget - 1 r = r - lf85(x + 1) end
    return r % 1000003
  end
  local function lf65(x)
    calls = calls + 1
    local r = x * 3 + 65
    r = r + lf66(x)
    if budget > 0 and (x + 65) % 4 == 0 then budget = budget - 1 r = r - lf80(x + 1) end
    return r % 1000003
  end
  local function lf64(x)
    calls = calls + 1
    local r = x * 2 + 64
    r = r + lf65(x)
    if budget > 0 and (x + 64) % 3 == 0 then budget = budget - 1 r = r - lf111(x + 1) end
    return r % 1000003
  end
  local function lf63(x)
    calls = calls + 1
    local r = x * 1 + 63
    r = r + lf64(x)
    if budget > 0 and (x + 63) % 4 == 0 then budget = budget - 1 r = r - lf78(x + 1) end
    return r % 1000003
  end
  local function lf62(x)
    calls = calls + 1
    local r = x * 7 + 62
    r = r + lf63(x)
    if budget > 0 and (x + 62) % 3 == 0 then budget = budget - 1 r = r - lf95(x + 1) end
    return r % 1000003
  end
  local function lf61(x)
    calls = calls + 1
    local r = x * 6 + 61
    r = r + lf62(x)
    if budget > 0 and (x + 61) % 4 == 0 then budget = budget - 1 r = r - lf119(x + 1) end
    return r % 1000003
  end
  local function lf60(x)
    calls = calls + 1
    local r = x * 5 + 60
    r = r + lf61(x)
    if budget > 0 and (x + 60) % 2 == 0 then budget = budget - 1 r = r - lf91(x + 1) end
    return r % 1000003
  end
  local function lf59(x)
    calls = calls + 1
    local r = x * 4 + 59
    r = r + lf60(x)
    if budget > 0 and (x + 59) % 2 == 0 then budget = budget - 1 r = r - lf77(x + 1) end
    return r % 1000003
  end
  local function lf58(x)
    calls = calls + 1
    local r = x * 3 + 58
    r = r + lf59(x)
    if budget > 0 and (x + 58) % 4 == 0 then budget = budget - 1 r = r - lf75(x + 1) end
    return r % 1000003
  end
  local function lf57(x)
    calls = calls + 1
    local r = x * 2 + 57
    r = r + lf58(x)
    if budget > 0 and (x + 57) % 4 == 0 then budget = budget - 1 r = r - lf94(x + 1) end
    return r % 1000003
  end
  local function lf56(x)
    calls = calls + 1
    local r = x * 1 + 56
    r = r + lf57(x)
    if budget > 0 and (x + 56) % 4 == 0 then budget = budget - 1 r = r - lf74(x + 1) end
    return r % 1000003
  end
  local function lf55(x)
    calls = calls + 1
    local r = x * 7 + 55
    r = r + lf56(x)
    if budget > 0 and (x + 55) % 3 == 0 then budget = budget - 1 r = r - lf94(x + 1) end
    return r % 1000003
  end
  local function lf54(x)
    calls = calls + 1
    local r = x * 6 + 54
    r = r + lf55(x)
    if budget > 0 and (x + 54) % 3 == 0 then budget = budget - 1 r = r - lf107(x + 1) end
    return r % 1000003
  end
  local function lf53(x)
    calls = calls + 1
    local r = x * 5 + 53
    r = r + lf54(x)
    if budget > 0 and (x + 53) % 2 == 0 then budget = budget - 1 r = r - lf83(x + 1) end
    return r % 1000003
  end
  local function lf52(x)
    calls = calls + 1
    local r = x * 4 + 52
    r = r + lf53(x)
    if budget > 0 and (x + 52) % 3 == 0 then budget = budget - 1 r = r - lf119(x + 1) end
    return r % 1000003
  end
  local function lf51(x)
    calls = calls + 1
    local r = x * 3 + 51
    r = r + lf52(x)
    if budget > 0 and (x + 51) % 2 == 0 then budget = budget - 1 r = r - lf64(x + 1) end
    return r % 1000003
  end
  local function lf50(x)
    calls = calls + 1
    local r = x * 2 + 50
    r = r + lf51(x)
    if budget > 0 and (x + 50) % 2 == 0 then budget = budget - 1 r = r - lf66(x + 1) end
    return r % 1000003
  end
  local function lf49(x)
    calls = calls + 1
    local r = x * 1 + 49
    r = r + lf50(x)
    if budget > 0 and (x + 49) % 4 == 0 then budget = budget - 1 r = r - lf71(x + 1) end
    return r % 1000003
  end
  local function lf48(x)
    calls = calls + 1
    local r = x * 7 + 48
    r = r + lf49(x)
    if budget > 0 and (x + 48) % 4 == 0 then budget = budget - 1 r = r - lf104(x + 1) end
    return r % 1000003
  end
  local function lf47(x)
    calls = calls + 1
    local r = x * 6 + 47
    r = r + lf48(x)
    if budget > 0 and (x + 47) % 3 == 0 then budget = budget - 1 r = r - lf57(x + 1) end
    return r % 1000003
  end
  local function lf46(x)
    calls = calls + 1
    local r = x * 5 + 46
    r = r + lf47(x)
    if budget > 0 and (x + 46) % 4 == 0 then budget = budget - 1 r = r - lf96(x + 1) end
    return r % 1000003
  end
  local function lf45(x)
    calls = calls + 1
    local r = x * 4 + 45
    r = r + lf46(x)
    if budget > 0 and (x + 45) % 4 == 0 then budget = budget - 1 r = r - lf106(x + 1) end
    return r % 1000003
  end
  local function lf44(x)
    calls = calls + 1
    local r = x * 3 + 44
    r = r + lf45(x)
    if budget > 0 and (x + 44) % 4 == 0 then budget = budget - 1 r = r - lf78(x + 1) end
    return r % 1000003
  end
  local function lf43(x)
    calls = calls + 1
    local r = x * 2 + 43
    r = r + lf44(x)
    if budget > 0 and (x + 43) % 4 == 0 then budget = budget - 1 r = r - lf46(x + 1) end
    return r % 1000003
  end
  local function lf42(x)
    calls = calls + 1
    local r = x * 1 + 42
    r = r + lf43(x)
    if budget > 0 and (x + 42) % 4 == 0 then budget = budget - 1 r = r - lf58(x + 1) end
    return r % 1000003
  end
  local function lf41(x)
    calls = calls + 1
    local r = x * 7 + 41
    r = r + lf42(x)
    if budget > 0 and (x + 41) % 3 == 0 then budget = budget - 1 r = r - lf111(x + 1) end
    return r % 1000003
  end
  local function lf40(x)
    calls = calls + 1
    local r = x * 6 + 40
    r = r + lf41(x)
    if budget > 0 and (x + 40) % 2 == 0 then budget = budget - 1 r = r - lf85(x + 1) end
    return r % 1000003
  end
  local function lf39(x)
    calls = calls + 1
    local r = x * 5 + 39
    r = r + lf40(x)
    if budget > 0 and (x + 39) % 3 == 0 then budget = budget - 1 r = r - lf78(x + 1) end
    return r % 1000003
  end
  local function lf38(x)
    calls = calls + 1
    local r = x * 4 + 38
    r = r + lf39(x)
    if budget > 0 and (x + 38) % 3 == 0 then budget = budget - 1 r = r - lf60(x + 1) end
    return r % 1000003
  end
  local function lf37(x)
    calls = calls + 1
    local r = x * 3 + 37
    r = r + lf38(x)
    if budget > 0 and (x + 37) % 4 == 0 then budget = budget - 1 r = r - lf39(x + 1) end
    return r % 1000003
  end
  local function lf36(x)
    calls = calls + 1
    local r = x * 2 + 36
    r = r + lf37(x)
    if budget > 0 and (x + 36) % 4 == 0 then budget = budget - 1 r = r - lf71(x + 1) end
    return r % 1000003
  end
  local function lf35(x)
    calls = calls + 1
    local r = x * 1 + 35
    r = r + lf36(x)
    if budget > 0 and (x + 35) % 4 == 0 then budget = budget - 1 r = r - lf59(x + 1) end
    return r % 1000003
  end
  local function lf34(x)
    calls = calls + 1
    local r = x * 7 + 34
    r = r + lf35(x)
    if budget > 0 and (x + 34) % 4 == 0 then budget = budget - 1 r = r - lf49(x + 1) end
    return r % 1000003
  end
  local function lf33(x)
    calls = calls + 1
    local r = x * 6 + 33
    r = r + lf34(x)
    if budget > 0 and (x + 33) % 4 == 0 then budget = budget - 1 r = r - lf73(x + 1) end
    return r % 1000003
  end
  local function lf32(x)
    calls = calls + 1
    local r = x * 5 + 32
    r = r + lf33(x)
    if budget > 0 and (x + 32) % 4 == 0 then budget = budget - 1 r = r - lf98(x + 1) end
    return r % 1000003
  end
  local function lf31(x)
    calls = calls + 1
    local r = x * 4 + 31
    r = r + lf32(x)
    if budget > 0 and (x + 31) % 2 == 0 then budget = budget - 1 r = r - lf58(x + 1) end
    return r % 1000003
  end
  local function lf30(x)
    calls = calls + 1
    local r = x * 3 + 30
    r = r + lf31(x)
    if budget > 0 and (x + 30) % 2 == 0 then budget = budget - 1 r = r - lf79(x + 1) end
    return r % 1000003
  end
  local function lf29(x)
    calls = calls + 1
    local r = x * 2 + 29
    r = r + lf30(x)
    if budget > 0 and (x + 29) % 4 == 0 then budget = budget - 1 r = r - lf100(x + 1) end
    return r % 1000003
  end
  local function lf28(x)
    calls = calls + 1
    local r = x * 1 + 28
    r = r + lf29(x)
    if budget > 0 and (x + 28) % 4 == 0 then budget = budget - 1 r = r - lf30(x + 1) end
    return r % 1000003
  end
  local function lf27(x)
    calls = calls + 1
    local r = x * 7 + 27
    r = r + lf28(x)
    if budget > 0 and (x + 27) % 3 == 0 then budget = budget - 1 r = r - lf70(x + 1) end
    return r % 1000003
  end
  local function lf26(x)
    calls = calls + 1
    local r = x * 6 + 26
    r = r + lf27(x)
    if budget > 0 and (x + 26) % 2 == 0 then budget = budget - 1 r = r - lf30(x + 1) end
    return r % 1000003
  end
  local function lf25(x)
    calls = calls + 1
    local r = x * 5 + 25
    r = r + lf26(x)
    if budget > 0 and (x + 25) % 3 == 0 then budget = budget - 1 r = r - lf73(x + 1) end
    return r % 1000003
  end
  local function lf24(x)
    calls = calls + 1
    local r = x * 4 + 24
    r = r + lf25(x)
    if budget > 0 and (x + 24) % 2 == 0 then budget = budget - 1 r = r - lf56(x + 1) end
    return r % 1000003
  end
  local function lf23(x)
    calls = calls + 1
    local r = x * 3 + 23
    r = r + lf24(x)
    if budget > 0 and (x + 23) % 4 == 0 then budget = budget - 1 r = r - lf55(x + 1) end
    return r % 1000003
  end
  local function lf22(x)
    calls = calls + 1
    local r = x * 2 + 22
    r = r + lf23(x)
    if budget > 0 and (x + 22) % 2 == 0 then budget = budget - 1 r = r - lf34(x + 1) end
    return r % 1000003
  end
  local function lf21(x)
    calls = calls + 1
    local r = x * 1 + 21
    r = r + lf22(x)
    if budget > 0 and (x + 21) % 3 == 0 then budget = budget - 1 r = r - lf116(x + 1) end
    return r % 1000003
  end
  local function lf20(x)
    calls = calls + 1
    local r = x * 7 + 20
    r = r + lf21(x)
    if budget > 0 and (x + 20) % 4 == 0 then budget = budget - 1 r = r - lf30(x + 1) end
    return r % 1000003
  end
  local function lf19(x)
    calls = calls + 1
    local r = x * 6 + 19
    r = r + lf20(x)
    if budget > 0 and (x + 19) % 2 == 0 then budget = budget - 1 r = r - lf119(x + 1) end
    return r % 1000003
  end
  local function lf18(x)
    calls = calls + 1
    local r = x * 5 + 18
    r = r + lf19(x)
    if budget > 0 and (x + 18) % 4 == 0 then budget = budget - 1 r = r - lf36(x + 1) end
    return r % 1000003
  end
  local function lf17(x)
    calls = calls + 1
    local r = x * 4 + 17
    r = r + lf18(x)
    if budget > 0 and (x + 17) % 4 == 0 then budget = budget - 1 r = r - lf79(x + 1) end
    return r % 1000003
  end
  local function lf16(x)
    calls = calls + 1
    local r = x * 3 + 16
    r = r + lf17(x)
    if budget > 0 and (x + 16) % 3 == 0 then budget = budget - 1 r = r - lf39(x + 1) end
    return r % 1000003
  end
  local function lf15(x)
    calls = calls + 1
    local r = x * 2 + 15
    r = r + lf16(x)
    if budget > 0 and (x + 15) % 4 == 0 then budget = budget - 1 r = r - lf84(x + 1) end
    return r % 1000003
  end
  local function lf14(x)
    calls = calls + 1
    local r = x * 1 + 14
    r = r + lf15(x)
    if budget > 0 and (x + 14) % 2 == 0 then budget = budget - 1 r = r - lf70(x + 1) end
    return r % 1000003
  end
  local function lf13(x)
    calls = calls + 1
    local r = x * 7 + 13
    r = r + lf14(x)
    if budget > 0 and (x + 13) % 4 == 0 then budget = budget - 1 r = r - lf84(x + 1) end
    return r % 1000003
  end
  local function lf12(x)
    calls = calls + 1
    local r = x * 6 + 12
    r = r + lf13(x)
    if budget > 0 and (x + 12) % 2 == 0 then budget = budget - 1 r = r - lf102(x + 1) end
    return r % 1000003
  end
  local function lf11(x)
    calls = calls + 1
    local r = x * 5 + 11
    r = r + lf12(x)
    if budget > 0 and (x + 11) % 3 == 0 then budget = budget - 1 r = r - lf104(x + 1) end
    return r % 1000003
  end
  local function lf10(x)
    calls = calls + 1
    local r = x * 4 + 10
    r = r + lf11(x)
    if budget > 0 and (x + 10) % 4 == 0 then budget = budget - 1 r = r - lf63(x + 1) end
    return r % 1000003
  end
  local function lf9(x)
    calls = calls + 1
    local r = x * 3 + 9
    r = r + lf10(x)
    if budget > 0 and (x + 9) % 3 == 0 then budget = budget - 1 r = r - lf94(x + 1) end
    return r % 1000003
  end
  local function lf8(x)
    calls = calls + 1
    local r = x * 2 + 8
    r = r + lf9(x)
    if budget > 0 and (x + 8) % 4 == 0 then budget = budget - 1 r = r - lf66(x + 1) end
    return r % 1000003
  end
  local function lf7(x)
    calls = calls + 1
    local r = x * 1 + 7
    r = r + lf8(x)
    if budget > 0 and (x + 7) % 2 == 0 then budget = budget - 1 r = r - lf66(x + 1) end
    return r % 1000003
  end
  local function lf6(x)
    calls = calls + 1
    local r = x * 7 + 6
    r = r + lf7(x)
    if budget > 0 and (x + 6) % 2 == 0 then budget = budget - 1 r = r - lf39(x + 1) end
    return r % 1000003
  end
  local function lf5(x)
    calls = calls + 1
    local r = x * 6 + 5
    r = r + lf6(x)
    if budget > 0 and (x + 5) % 3 == 0 then budget = budget - 1 r = r - lf15(x + 1) end
    return r % 1000003
  end
  local function lf4(x)
    calls = calls + 1
    local r = x * 5 + 4
    r = r + lf5(x)
    if budget > 0 and (x + 4) % 4 == 0 then budget = budget - 1 r = r - lf8(x + 1) end
    return r % 1000003
  end
  local function lf3(x)
    calls = calls + 1
    local r = x * 4 + 3
    r = r + lf4(x)
    if budget > 0 and (x + 3) % 2 == 0 then budget = budget - 1 r = r - lf75(x + 1) end
    return r % 1000003
  end
  local function lf2(x)
    calls = calls + 1
    local r = x * 3 + 2
    r = r + lf3(x)
    if budget > 0 and (x + 2) % 2 == 0 then budget = budget - 1 r = r - lf79(x + 1) end
    return r % 1000003
  end
  local function lf1(x)
    calls = calls + 1
    local r = x * 2 + 1
    r = r + lf2(x)
    if budget > 0 and (x + 1) % 2 == 0 then budget = budget - 1 r = r - lf3(x + 1) end
    return r % 1000003
  end
  local function lf0(x)
    calls = calls + 1
    local r = x * 1 + 0
    r = r + lf1(x)
    if budget > 0 and (x + 0) % 4 == 0 then budget = budget - 1 r = r - lf92(x + 1) end
    return r % 1000003
  end
  G0 = lf0
  C0 = lf60
end
do
  local function lf239(x)
    calls = calls + 1
    local r = x * 2 + 239
    r = r + G2(x % 50)
    return r % 1000003
  end
  local function lf238(x)
    calls = calls + 1
    local r = x * 1 + 238
    r = r + lf239(x)
    return r % 1000003
  end
  local function lf237(x)
    calls = calls + 1
    local r = x * 7 + 237
    r = r + lf238(x)
    if budget > 0 and (x + 237) % 2 == 0 then budget = budget - 1 r = r - lf239(x + 1) end
    return r % 1000003
  end
  local function lf236(x)
    calls = calls + 1
    local r = x * 6 + 236
    r = r + lf237(x)
    if budget > 0 and (x + 236) % 2 == 0 then budget = budget - 1 r = r - lf238(x + 1) end
    return r % 1000003
  end
  local function lf235(x)
    calls = calls + 1
    local r = x * 5 + 235
    r = r + lf236(x)
    if budget > 0 and (x + 235) % 2 == 0 then budget = budget - 1 r = r - lf238(x + 1) end
    return r % 1000003
  end
  local function lf234(x)
    calls = calls + 1
    local r = x * 4 + 234
    r = r + lf235(x)
    if budget > 0 and (x + 234) % 3 == 0 then budget = budget - 1 r = r - lf237(x + 1) end
    return r % 1000003
  end
  local function lf233(x)
    calls = calls + 1
    local r = x * 3 + 233
    r = r + lf234(x)
    if budget > 0 and (x + 233) % 2 == 0 then budget = budget - 1 r = r - lf238(x + 1) end
    return r % 1000003
  end
  local function lf232(x)
    calls = calls + 1
    local r = x * 2 + 232
    r = r + lf233(x)
    if budget > 0 and (x + 232) % 2 == 0 then budget = budget - 1 r = r - lf238(x + 1) end
    return r % 1000003
  end
  local function lf231(x)
    calls = calls + 1
    local r = x * 1 + 231
    r = r + lf232(x)
    if budget > 0 and (x + 231) % 4 == 0 then budget = budget - 1 r = r - lf238(x + 1) end
    return r % 1000003
  end
  local function lf230(x)
    calls = calls + 1
    local r = x * 7 + 230
    r = r + lf231(x)
    if budget > 0 and (x + 230) % 2 == 0 then budget = budget - 1 r = r - lf239(x + 1) end
    return r % 1000003
  end
  local function lf229(x)
    calls = calls + 1
    local r = x * 6 + 229
    r = r + lf230(x)
    if budget > 0 and (x + 229) % 3 == 0 then budget = budget - 1 r = r - lf238(x + 1) end
    return r % 1000003
  end
  local function lf228(x)
    calls = calls + 1
    local r = x * 5 + 228
    r = r + lf229(x)
    if budget > 0 and (x + 228) % 2 == 0 then budget = budget - 1 r = r - lf233(x + 1) end
    return r % 1000003
  end
  local function lf227(x)
    calls = calls + 1
    local r = x * 4 + 227
    r = r + lf228(x)
    if budget > 0 and (x + 227) % 4 == 0 then budget = budget - 1 r = r - lf230(x + 1) end
    return r % 1000003
  end
  local function lf226(x)
    calls = calls + 1
    local r = x * 3 + 226
    r = r + lf227(x)
    if budget > 0 and (x + 226) % 3 == 0 then budget = budget - 1 r = r - lf234(x + 1) end
    return r % 1000003
  end
  local function lf225(x)
    calls = calls + 1
    local r = x * 2 + 225
    r = r + lf226(x)
    if budget > 0 and (x + 225) % 3 == 0 then budget = budget - 1 r = r - lf233(x + 1) end
    return r % 1000003
  end
  local function lf224(x)
    calls = calls + 1
    local r = x * 1 + 224
    r = r + lf225(x)
    if budget > 0 and (x + 224) % 4 == 0 then budget = budget - 1 r = r - lf233(x + 1) end
    return r % 1000003
  end
  local function lf223(x)
    calls = calls + 1
    local r = x * 7 + 223
    r = r + lf224(x)
    if budget > 0 and (x + 223) % 4 == 0 then budget = budget - 1 r = r - lf225(x + 1) end
    return r % 1000003
  end
  local function lf222(x)
    calls = calls + 1
    local r = x * 6 + 222
    r = r + lf223(x)
    if budget > 0 and (x + 222) % 2 == 0 then budget = budget - 1 r = r - lf227(x + 1) end
    return r % 1000003
  end
  local function lf221(x)
    calls = calls + 1
    local r = x * 5 + 221
    r = r + lf222(x)
    if budget > 0 and (x + 221) % 4 == 0 then budget = budget - 1 r = r - lf235(x + 1) end
    return r % 1000003
  end
  local function lf220(x)
    calls = calls + 1
    local r = x * 4 + 220
    r = r + lf221(x)
    if budget > 0 and (x + 220) % 2 == 0 then budget = budget - 1 r = r - lf232(x + 1) end
    return r % 1000003
  end
  local function lf219(x)
    calls = calls + 1
    local r = x * 3 + 219
    r = r + lf220(x)
    if budget > 0 and (x + 219) % 2 == 0 then budget = budget - 1 r = r - lf228(x + 1) end
    return r % 1000003
  end
  local function lf218(x)
    calls = calls + 1
    local r = x * 2 + 218
    r = r + lf219(x)
    if budget > 0 and (x + 218) % 4 == 0 then budget = budget - 1 r = r - lf226(x + 1) end
    return r % 1000003
  end
  local function lf217(x)
    calls = calls + 1
    local r = x * 1 + 217
    r = r + lf218(x)
    if budget > 0 and (x + 217) % 2 == 0 then budget = budget - 1 r = r - lf233(x + 1) end
    return r % 1000003
  end
  local function lf216(x)
    calls = calls + 1
    local r = x * 7 + 216
    r = r + lf217(x)
    if budget > 0 and (x + 216) % 2 == 0 then budget = budget - 1 r = r - lf231(x + 1) end
    return r % 1000003
  end
  local function lf215(x)
    calls = calls + 1
    local r = x * 6 + 215
    r = r + lf216(x)
    if budget > 0 and (x + 215) % 3 == 0 then budget = budget - 1 r = r - lf225(x + 1) end
    return r % 1000003
  end
  local function lf214(x)
    calls = calls + 1
    local r = x * 5 + 214
    r = r + lf215(x)
    if budget > 0 and (x + 214) % 2 == 0 then budget = budget - 1 r = r - lf223(x + 1) end
    return r % 1000003
  end
  local function lf213(x)
    calls = calls + 1
    local r = x * 4 + 213
    r = r + lf214(x)
    if budget > 0 and (x + 213) % 4 == 0 then budget = budget - 1 r = r - lf229(x + 1) end
    return r % 1000003
  end
  local function lf212(x)
    calls = calls + 1
    local r = x * 3 + 212
    r = r + lf213(x)
    if budget > 0 and (x + 212) % 2 == 0 then budget = budget - 1 r = r - lf217(x + 1) end
    return r % 1000003
  end
  local function lf211(x)
    calls = calls + 1
    local r = x * 2 + 211
    r = r + lf212(x)
    if budget > 0 and (x + 211) % 4 == 0 then budget = budget - 1 r = r - lf233(x + 1) end
    return r % 1000003
  end
  local function lf210(x)
    calls = calls + 1
    local r = x * 1 + 210
    r = r + lf211(x)
    if budget > 0 and (x + 210) % 2 == 0 then budget = budget - 1 r = r - lf238(x + 1) end
    return r % 1000003
  end
  local function lf209(x)
    calls = calls + 1
    local r = x * 7 + 209
    r = r + lf210(x)
    if budget > 0 and (x + 209) % 2 == 0 then budget = budget - 1 r = r - lf213(x + 1) end
    return r % 1000003
  end
  local function lf208(x)
    calls = calls + 1
    local r = x * 6 + 208
    r = r + lf209(x)
    if budget > 0 and (x + 208) % 3 == 0 then budget = budget - 1 r = r - lf215(x + 1) end
    return r % 1000003
  end
  local function lf207(x)
    calls = calls + 1
    local r = x * 5 + 207
    r = r + lf208(x)
    if budget > 0 and (x + 207) % 3 == 0 then budget = budget - 1 r = r - lf224(x + 1) end
    return r % 1000003
  end
  local function lf206(x)
    calls = calls + 1
    local r = x * 4 + 206
    r = r + lf207(x)
    if budget > 0 and (x + 206) % 3 == 0 then budget = budget - 1 r = r - lf221(x + 1) end
    return r % 1000003
  end
  local function lf205(x)
    calls = calls + 1
    local r = x * 3 + 205
    r = r + lf206(x)
    if budget > 0 and (x + 205) % 2 == 0 then budget = budget - 1 r = r - lf210(x + 1) end
    return r % 1000003
  end
  local function lf204(x)
    calls = calls + 1
    local r = x * 2 + 204
    r = r + lf205(x)
    if budget > 0 and (x + 204) % 2 == 0 then budget = budget - 1 r = r - lf230(x + 1) end
    return r % 1000003
  end
  local function lf203(x)
    calls = calls + 1
    local r = x * 1 + 203
    r = r + lf204(x)
    if budget > 0 and (x + 203) % 3 == 0 then budget = budget - 1 r = r - lf229(x + 1) end
    return r % 1000003
  end
  local function lf202(x)
    calls = calls + 1
    local r = x * 7 + 202
    r = r + lf203(x)
    if budget > 0 and (x + 202) % 3 == 0 then budget = budget - 1 r = r - lf233(x + 1) end
    return r % 1000003
  end
  local function lf201(x)
    calls = calls + 1
    local r = x * 6 + 201
    r = r + lf202(x)
    if budget > 0 and (x + 201) % 4 == 0 then budget = budget - 1 r = r - lf230(x + 1) end
    return r % 1000003
  end
  local function lf200(x)
    calls = calls + 1
    local r = x * 5 + 200
    r = r + lf201(x)
    if budget > 0 and (x + 200) % 4 == 0 then budget = budget - 1 r = r - lf237(x + 1) end
    return r % 1000003
  end
  local function lf199(x)
    calls = calls + 1
    local r = x * 4 + 199
    r = r + lf200(x)
    if budget > 0 and (x + 199) % 2 == 0 then budget = budget - 1 r = r - lf232(x + 1) end
    return r % 1000003
  end
  local function lf198(x)
    calls = calls + 1
    local r = x * 3 + 198
    r = r + lf199(x)
    if budget > 0 and (x + 198) % 3 == 0 then budget = budget - 1 r = r - lf212(x + 1) end
    return r % 1000003
  end
  local function lf197(x)
    calls = calls + 1
    local r = x * 2 + 197
    r = r + lf198(x)
    if budget > 0 and (x + 197) % 2 == 0 then budget = budget - 1 r = r - lf212(x + 1) end
    return r % 1000003
  end
  local function lf196(x)
    calls = calls + 1
    local r = x * 1 + 196
    r = r + lf197(x)
    if budget > 0 and (x + 196) % 4 == 0 then budget = budget - 1 r = r - lf235(x + 1) end
    return r % 1000003
  end
  local function lf195(x)
    calls = calls + 1
    local r = x * 7 + 195
    r = r + lf196(x)
    if budget > 0 and (x + 195) % 2 == 0 then budget = budget - 1 r = r - lf231(x + 1) end
    return r % 1000003
  end
  local function lf194(x)
    calls = calls + 1
    local r = x * 6 + 194
    r = r + lf195(x)
    if budget > 0 and (x + 194) % 2 == 0 then budget = budget - 1 r = r - lf216(x + 1) end
    return r % 1000003
  end
  local function lf193(x)
    calls = calls + 1
    local r = x * 5 + 193
    r = r + lf194(x)
    if budget > 0 and (x + 193) % 4 == 0 then budget = budget - 1 r = r - lf198(x + 1) end
    return r % 1000003
  end
  local function lf192(x)
    calls = calls + 1
    local r = x * 4 + 192
    r = r + lf193(x)
    if budget > 0 and (x + 192) % 4 == 0 then budget = budget - 1 r = r - lf224(x + 1) end
    return r % 1000003
  end
  local function lf191(x)
    calls = calls + 1
    local r = x * 3 + 191
    r = r + lf192(x)
    if budget > 0 and (x + 191) % 2 == 0 then budget = budget - 1 r = r - lf226(x + 1) end
    return r % 1000003
  end
  local function lf190(x)
    calls = calls + 1
    local r = x * 2 + 190
    r = r + lf191(x)
    if budget > 0 and (x + 190) % 4 == 0 then budget = budget - 1 r = r - lf195(x + 1) end
    return r % 1000003
  end
  local function lf189(x)
    calls = calls + 1
    local r = x * 1 + 189
    r = r + lf190(x)
    if budget > 0 and (x + 189) % 2 == 0 then budget = budget - 1 r = r - lf196(x + 1) end
    return r % 1000003
  end
  local function lf188(x)
    calls = calls + 1
    local r = x * 7 + 188
    r = r + lf189(x)
    if budget > 0 and (x + 188) % 4 == 0 then budget = budget - 1 r = r - lf194(x + 1) end
    return r % 1000003
  end
  local function lf187(x)
    calls = calls + 1
    local r = x * 6 + 187
    r = r + lf188(x)
    if budget > 0 and (x + 187) % 4 == 0 then budget = budget - 1 r = r - lf193(x + 1) end
    return r % 1000003
  end
  local function lf186(x)
    calls = calls + 1
    local r = x * 5 + 186
    r = r + lf187(x)
    if budget > 0 and (x + 186) % 3 == 0 then budget = budget - 1 r = r - lf203(x + 1) end
    return r % 1000003
  end
  local function lf185(x)
    calls = calls + 1
    local r = x * 4 + 185
    r = r + lf186(x)
    if budget > 0 and (x + 185) % 4 == 0 then budget = budget - 1 r = r - lf194(x + 1) end
    return r % 1000003
  end
  local function lf184(x)
    calls = calls + 1
    local r = x * 3 + 184
    r = r + lf185(x)
    if budget > 0 and (x + 184) % 4 == 0 then budget = budget - 1 r = r - lf201(x + 1) end
    return r % 1000003
  end
  local function lf183(x)
    calls = calls + 1
    local r = x * 2 + 183
    r = r + lf184(x)
    if budget > 0 and (x + 183) % 2 == 0 then budget = budget - 1 r = r - lf223(x + 1) end
    return r % 1000003
  end
  local function lf182(x)
    calls = calls + 1
    local r = x * 1 + 182
    r = r + lf183(x)
    if budget > 0 and (x + 182) % 2 == 0 then budget = budget - 1 r = r - lf223(x + 1) end
    return r % 1000003
  end
  local function lf181(x)
    calls = calls + 1
    local r = x * 7 + 181
    r = r + lf182(x)
    if budget > 0 and (x + 181) % 4 == 0 then budget = budget - 1 r = r - lf209(x + 1) end
    return r % 1000003
  end
  local function lf180(x)
    calls = calls + 1
    local r = x * 6 + 180
    r = r + lf181(x)
    if budget > 0 and (x + 180) % 4 == 0 then budget = budget - 1 r = r - lf219(x + 1) end
    return r % 1000003
  end
  local function lf179(x)
    calls = calls + 1
    local r = x * 5 + 179
    r = r + lf180(x)
    if budget > 0 and (x + 179) % 3 == 0 then budget = budget - 1 r = r - lf214(x + 1) end
    return r % 1000003
  end
  local function lf178(x)
    calls = calls + 1
    local r = x * 4 + 178
    r = r + lf179(x)
    if budget > 0 and (x + 178) % 3 == 0 then budget = budget - 1 r = r - lf239(x + 1) end
    return r % 1000003
  end
  local function lf177(x)
    calls = calls + 1
    local r = x * 3 + 177
    r = r + lf178(x)
    if budget > 0 and (x + 177) % 4 == 0 then budget = budget - 1 r = r - lf192(x + 1) end
    return r % 1000003
  end
  local function lf176(x)
    calls = calls + 1
    local r = x * 2 + 176
    r = r + lf177(x)
    if budget > 0 and (x + 176) % 3 == 0 then budget = budget - 1 r = r - lf223(x + 1) end
    return r % 1000003
  end
  local function lf175(x)
    calls = calls + 1
    local r = x * 1 + 175
    r = r + lf176(x)
    if budget > 0 and (x + 175) % 3 == 0 then budget = budget - 1 r = r - lf192(x + 1) end
    return r % 1000003
  end
  local function lf174(x)
    calls = calls + 1
    local r = x * 7 + 174
    r = r + lf175(x)
    if budget > 0 and (x + 174) % 2 == 0 then budget = budget - 1 r = r - lf226(x + 1) end
    return r % 1000003
  end
  local function lf173(x)
    calls = calls + 1
    local r = x * 6 + 173
    r = r + lf174(x)
    if budget > 0 and (x + 173) % 3 == 0 then budget = budget - 1 r = r - lf213(x + 1) end
    return r % 1000003
  end
  local function lf172(x)
    calls = calls + 1
    local r = x * 5 + 172
    r = r + lf173(x)
    if budget > 0 and (x + 172) % 2 == 0 then budget = budget - 1 r = r - lf214(x + 1) end
    return r % 1000003
  end
  local function lf171(x)
    calls = calls + 1
    local r = x * 4 + 171
    r = r + lf172(x)
    if budget > 0 and (x + 171) % 3 == 0 then budget = budget - 1 r = r - lf174(x + 1) end
    return r % 1000003
  end
  local function lf170(x)
    calls = calls + 1
    local r = x * 3 + 170
    r = r + lf171(x)
    if budget > 0 and (x + 170) % 2 == 0 then budget = budget - 1 r = r - lf184(x + 1) end
    return r % 1000003
  end
  local function lf169(x)
    calls = calls + 1
    local r = x * 2 + 169
    r = r + lf170(x)
    if budget > 0 and (x + 169) % 2 == 0 then budget = budget - 1 r = r - lf239(x + 1) end
    return r % 1000003
  end
  local function lf168(x)
    calls = calls + 1
    local r = x * 1 + 168
    r = r + lf169(x)
    if budget > 0 and (x + 168) % 3 == 0 then budget = budget - 1 r = r - lf234(x + 1) end
    return r % 1000003
  end
  local function lf167(x)
    calls = calls + 1
    local r = x * 7 + 167
    r = r + lf168(x)
    if budget > 0 and (x + 167) % 3 == 0 then budget = budget - 1 r = r - lf185(x + 1) end
    return r % 1000003
  end
  local function lf166(x)
    calls = calls + 1
    local r = x * 6 + 166
    r = r + lf167(x)
    if budget > 0 and (x + 166) % 2 == 0 then budget = budget - 1 r = r - lf176(x + 1) end
    return r % 1000003
  end
  local function lf165(x)
    calls = calls + 1
    local r = x * 5 + 165
    r = r + lf166(x)
    if budget > 0 and (x + 165) % 3 == 0 then budget = budget - 1 r = r - lf214(x + 1) end
    return r % 1000003
  end
  local function lf164(x)
    calls = calls + 1
    local r = x * 4 + 164
    r = r + lf165(x)
    if budget > 0 and (x + 164) % 3 == 0 then budget = budget - 1 r = r - lf186(x + 1) end
    return r % 1000003
  end
  local function lf163(x)
    calls = calls + 1
    local r = x * 3 + 163
    r = r + lf164(x)
    if budget > 0 and (x + 163) % 4 == 0 then budget = budget - 1 r = r - lf234(x + 1) end
    return r % 1000003
  end
  local function lf162(x)
    calls = calls + 1
    local r = x * 2 + 162
    r = r + lf163(x)
    if budget > 0 and (x + 162) % 4 == 0 then budget = budget - 1 r = r - lf202(x + 1) end
    return r % 1000003
  end
  local function lf161(x)
    calls = calls + 1
    local r = x * 1 + 161
    r = r + lf162(x)
    if budget > 0 and (x + 161) % 2 == 0 then budget = budget - 1 r = r - lf230(x + 1) end
    return r % 1000003
  end
  local function lf160(x)
    calls = calls + 1
    local r = x * 7 + 160
    r = r + lf161(x)
    if budget > 0 and (x + 160) % 3 == 0 then budget = budget - 1 r = r - lf232(x + 1) end
    return r % 1000003
  end
  local function lf159(x)
    calls = calls + 1
    local r = x * 6 + 159
    r = r + lf160(x)
    if budget > 0 and (x + 159) % 2 == 0 then budget = budget - 1 r = r - lf174(x + 1) end
    return r % 1000003
  end
  local function lf158(x)
    calls = calls + 1
    local r = x * 5 + 158
    r = r + lf159(x)
    if budget > 0 and (x + 158) % 2 == 0 then budget = budget - 1 r = r - lf193(x + 1) end
    return r % 1000003
  end
  local function lf157(x)
    calls = calls + 1
    local r = x * 4 + 157
    r = r + lf158(x)
    if budget > 0 and (x + 157) % 4 == 0 then budget = budget - 1 r = r - lf172(x + 1) end
    return r % 1000003
  end
  local function lf156(x)
    calls = calls + 1
    local r = x * 3 + 156
    r = r + lf157(x)
    if budget > 0 and (x + 156) % 2 == 0 then budget = budget - 1 r = r - lf228(x + 1) end
    return r % 1000003
  end
  local function lf155(x)
    calls = calls + 1
    local r = x * 2 + 155
    r = r + lf156(x)
    if budget > 0 and (x + 155) % 3 == 0 then budget = budget - 1 r = r - lf191(x + 1) end
    return r % 1000003
  end
  local function lf154(x)
    calls = calls + 1
    local r = x * 1 + 154
    r = r + lf155(x)
    if budget > 0 and (x + 154) % 2 == 0 then budget = budget - 1 r = r - lf233(x + 1) end
    return r % 1000003
  end
  local function lf153(x)
    calls = calls + 1
    local r = x * 7 + 153
    r = r + lf154(x)
    if budget > 0 and (x + 153) % 2 == 0 then budget = budget - 1 r = r - lf198(x + 1) end
    return r % 1000003
  end
  local function lf152(x)
    calls = calls + 1
    local r = x * 6 + 152
    r = r + lf153(x)
    if budget > 0 and (x + 152) % 3 == 0 then budget = budget - 1 r = r - lf235(x + 1) end
    return r % 1000003
  end
  local function lf151(x)
    calls = calls + 1
    local r = x * 5 + 151
    r = r + lf152(x)
    if budget > 0 and (x + 151) % 3 == 0 then budget = budget - 1 r = r - lf217(x + 1) end
    return r % 1000003
  end
  local function lf150(x)
    calls = calls + 1
    local r = x * 4 + 150
    r = r + lf151(x)
    if budget > 0 and (x + 150) % 2 == 0 then budget = budget - 1 r = r - lf184(x + 1) end
    return r % 1000003
  end
  local function lf149(x)
    calls = calls + 1
    local r = x * 3 + 149
    r = r + lf150(x)
    if budget > 0 and (x + 149) % 4 == 0 then budget = budget - 1 r = r - lf162(x + 1) end
    return r % 1000003
  end
  local function lf148(x)
    calls = calls + 1
    local r = x * 2 + 148
    r = r + lf149(x)
    if budget > 0 and (x + 148) % 3 == 0 then budget = budget - 1 r = r - lf204(x + 1) end
    return r % 1000003
  end
  local function lf147(x)
    calls = calls + 1
    local r = x * 1 + 147
    r = r + lf148(x)
    if budget > 0 and (x + 147) % 2 == 0 then budget = budget - 1 r = r - lf154(x + 1) end
    return r % 1000003
  end
  local function lf146(x)
    calls = calls + 1
    local r = x * 7 + 146
    r = r + lf147(x)
    if budget > 0 and (x + 146) % 2 == 0 then budget = budget - 1 r = r - lf190(x + 1) end
    return r % 1000003
  end
  local function lf145(x)
    calls = calls + 1
    local r = x * 6 + 145
    r = r + lf146(x)
    if budget > 0 and (x + 145) % 3 == 0 then budget = budget - 1 r = r - lf228(x + 1) end
    return r % 1000003
  end
  local function lf144(x)
    calls = calls + 1
    local r = x * 5 + 144
    r = r + lf145(x)
    if budget > 0 and (x + 144) % 4 == 0 then budget = budget - 1 r = r - lf166(x + 1) end
    return r % 1000003
  end
  local function lf143(x)
    calls = calls + 1
    local r = x * 4 + 143
    r = r + lf144(x)
    if budget > 0 and (x + 143) % 4 == 0 then budget = budget - 1 r = r - lf201(x + 1) end
    return r % 1000003
  end
  local function lf142(x)
    calls = calls + 1
    local r = x * 3 + 142
    r = r + lf143(x)
    if budget > 0 and (x + 142) % 3 == 0 then budget = budget - 1 r = r - lf234(x + 1) end
    return r % 1000003
  end
  local function lf141(x)
    calls = calls + 1
    local r = x * 2 + 141
    r = r + lf142(x)
    if budget > 0 and (x + 141) % 2 == 0 then budget = budget - 1 r = r - lf214(x + 1) end
    return r % 1000003
  end
  local function lf140(x)
    calls = calls + 1
    local r = x * 1 + 140
    r = r + lf141(x)
    if budget > 0 and (x + 140) % 2 == 0 then budget = budget - 1 r = r - lf156(x + 1) end
    return r % 1000003
  end
  local function lf139(x)
    calls = calls + 1
    local r = x * 7 + 139
    r = r + lf140(x)
    if budget > 0 and (x + 139) % 2 == 0 then budget = budget - 1 r = r - lf229(x + 1) end
    return r % 1000003
  end
  local function lf138(x)
    calls = calls + 1
    local r = x * 6 + 138
    r = r + lf139(x)
    if budget > 0 and (x + 138) % 2 == 0 then budget = budget - 1 r = r - lf209(x + 1) end
    return r % 1000003
  end
  local function lf137(x)
    calls = calls + 1
    local r = x * 5 + 137
    r = r + lf138(x)
    if budget > 0 and (x + 137) % 4 == 0 then budget = budget - 1 r = r - lf186(x + 1) end
    return r % 1000003
  end
  local function lf136(x)
    calls = calls + 1
    local r = x * 4 + 136
    r = r + lf137(x)
    if budget > 0 and (x + 136) % 2 == 0 then budget = budget - 1 r = r - lf208(x + 1) end
    return r % 1000003
  end
  local function lf135(x)
    calls = calls + 1
    local r = x * 3 + 135
    r = r + lf136(x)
    if budget > 0 and (x + 135) % 2 == 0 then budget = budget - 1 r = r - lf192(x + 1) end
    return r % 1000003
  end
  local function lf134(x)
    calls = calls + 1
    local r = x * 2 + 134
    r = r + lf135(x)
    if budget > 0 and (x + 134) % 3 == 0 then budget = budget - 1 r = r - lf141(x + 1) end
    return r % 1000003
  end
  local function lf133(x)
    calls = calls + 1
    local r = x * 1 + 133
    r = r + lf134(x)
    if budget > 0 and (x + 133) % 2 == 0 then budget = budget - 1 r = r - lf181(x + 1) end
    return r % 1000003
  end
  local function lf132(x)
    calls = calls + 1
    local r = x * 7 + 132
    r = r + lf133(x)
    if budget > 0 and (x + 132) % 2 == 0 then budget = budget - 1 r = r - lf179(x + 1) end
    return r % 1000003
  end
  local function lf131(x)
    calls = calls + 1
    local r = x * 6 + 131
    r = r + lf132(x)
    if budget > 0 and (x + 131) % 2 == 0 then budget = budget - 1 r = r - lf220(x + 1) end
    return r % 1000003
  end
  local function lf130(x)
    calls = calls + 1
    local r = x * 5 + 130
    r = r + lf131(x)
    if budget > 0 and (x + 130) % 2 == 0 then budget = budget - 1 r = r - lf217(x + 1) end
    return r % 1000003
  end
  local function lf129(x)
    calls = calls + 1
    local r = x * 4 + 129
    r = r + lf130(x)
    if budget > 0 and (x + 129) % 4 == 0 then budget = budget - 1 r = r - lf176(x + 1) end
    return r % 1000003
  end
  local function lf128(x)
    calls = calls + 1
    local r = x * 3 + 128
    r = r + lf129(x)
    if budget > 0 and (x + 128) % 4 == 0 then budget = budget - 1 r = r - lf182(x + 1) end
    return r % 1000003
  end
  local function lf127(x)
    calls = calls + 1
    local r = x * 2 + 127
    r = r + lf128(x)
    if budget > 0 and (x + 127) % 2 == 0 then budget = budget - 1 r = r - lf224(x + 1) end
    return r % 1000003
  end
  local function lf126(x)
    calls = calls + 1
    local r = x * 1 + 126
    r = r + lf127(x)
    if budget > 0 and (x + 126) % 2 == 0 then budget = budget - 1 r = r - lf158(x + 1) end
    return r % 1000003
  end
  local function lf125(x)
    calls = calls + 1
    local r = x * 7 + 125
    r = r + lf126(x)
    if budget > 0 and (x + 125) % 2 == 0 then budget = budget - 1 r = r - lf229(x + 1) end
    return r % 1000003
  end
  local function lf124(x)
    calls = calls + 1
    local r = x * 6 + 124
    r = r + lf125(x)
    if budget > 0 and (x + 124) % 3 == 0 then budget = budget - 1 r = r - lf238(x + 1) end
    return r % 1000003
  end
  local function lf123(x)
    calls = calls + 1
    local r = x * 5 + 123
    r = r + lf124(x)
    if budget > 0 and (x + 123) % 2 == 0 then budget = budget - 1 r = r - lf128(x + 1) end
    return r % 1000003
  end
  local function lf122(x)
    calls = calls + 1
    local r = x * 4 + 122
    r = r + lf123(x)
    if budget > 0 and (x + 122) % 3 == 0 then budget = budget - 1 r = r - lf218(x + 1) end
    return r % 1000003
  end
  local function lf121(x)
    calls = calls + 1
    local r = x * 3 + 121
    r = r + lf122(x)
    if budget > 0 and (x + 121) % 3 == 0 then budget = budget - 1 r = r - lf223(x + 1) end
    return r % 1000003
  end
  local function lf120(x)
    calls = calls + 1
    local r = x * 2 + 120
    r = r + lf121(x)
    if budget > 0 and (x + 120) % 4 == 0 then budget = budget - 1 r = r - lf224(x + 1) end
    return r % 1000003
  end
  G1 = lf120
  C1 = lf180
end
do
  local function lf349(x)
    calls = calls + 1
    local r = x * 7 + 349
    return r % 1000003
  end
  local function lf348(x)
    calls = calls + 1
    local r = x * 6 + 348
    r = r + lf349(x)
    return r % 1000003
  end
  local function lf347(x)
    calls = calls + 1
    local r = x * 5 + 347
    r = r + lf348(x)
    if budget > 0 and (x + 347) % 3 == 0 then budget = budget - 1 r = r - lf349(x + 1) end
    return r % 1000003
  end
  local function lf346(x)
    calls = calls + 1
    local r = x * 4 + 346
    r = r + lf347(x)
    if budget > 0 and (x + 346) % 4 == 0 then budget = budget - 1 r = r - lf348(x + 1) end
    return r % 1000003
  end
  local function lf345(x)
    calls = calls + 1
    local r = x * 3 + 345
    r = r + lf346(x)
    if budget > 0 and (x + 345) % 3 == 0 then budget = budget - 1 r = r - lf347(x + 1) end
    return r % 1000003
  end
  local function lf344(x)
    calls = calls + 1
    local r = x * 2 + 344
    r = r + lf345(x)
    if budget > 0 and (x + 344) % 3 == 0 then budget = budget - 1 r = r - lf346(x + 1) end
    return r % 1000003
  end
  local function lf343(x)
    calls = calls + 1
    local r = x * 1 + 343
    r = r + lf344(x)
    if budget > 0 and (x + 343) % 2 == 0 then budget = budget - 1 r = r - lf346(x + 1) end
    return r % 1000003
  end
  local function lf342(x)
    calls = calls + 1
    local r = x * 7 + 342
    r = r + lf343(x)
    if budget > 0 and (x + 342) % 3 == 0 then budget = budget - 1 r = r - lf347(x + 1) end
    return r % 1000003
  end
  local function lf341(x)
    calls = calls + 1
    local r = x * 6 + 341
    r = r + lf342(x)
    if budget > 0 and (x + 341) % 2 == 0 then budget = budget - 1 r = r - lf345(x + 1) end
    return r % 1000003
  end
  local function lf340(x)
    calls = calls + 1
    local r = x * 5 + 340
    r = r + lf341(x)
    if budget > 0 and (x + 340) % 2 == 0 then budget = budget - 1 r = r - lf345(x + 1) end
    return r % 1000003
  end
  local function lf339(x)
    calls = calls + 1
    local r = x * 4 + 339
    r = r + lf340(x)
    if budget > 0 and (x + 339) % 3 == 0 then budget = budget - 1 r = r - lf344(x + 1) end
    return r % 1000003
  end
  local function lf338(x)
    calls = calls + 1
    local r = x * 3 + 338
    r = r + lf339(x)
    if budget > 0 and (x + 338) % 3 == 0 then budget = budget - 1 r = r - lf345(x + 1) end
    return r % 1000003
  end
  local function lf337(x)
    calls = calls + 1
    local r = x * 2 + 337
    r = r + lf338(x)
    if budget > 0 and (x + 337) % 3 == 0 then budget = budget - 1 r = r - lf340(x + 1) end
    return r % 1000003
  end
  local function lf336(x)
    calls = calls + 1
    local r = x * 1 + 336
    r = r + lf337(x)
    if budget > 0 and (x + 336) % 4 == 0 then budget = budget - 1 r = r - lf343(x + 1) end
    return r % 1000003
  end
  local function lf335(x)
    calls = calls + 1
    local r = x * 7 + 335
    r = r + lf336(x)
    if budget > 0 and (x + 335) % 3 == 0 then budget = budget - 1 r = r - lf345(x + 1) end
    return r % 1000003
  end
  local function lf334(x)
    calls = calls + 1
    local r = x * 6 + 334
    r = r + lf335(x)
    if budget > 0 and (x + 334) % 4 == 0 then budget = budget - 1 r = r - lf346(x + 1) end
    return r % 1000003
  end
  local function lf333(x)
    calls = calls + 1
    local r = x * 5 + 333
    r = r + lf334(x)
    if budget > 0 and (x + 333) % 2 == 0 then budget = budget - 1 r = r - lf340(x + 1) end
    return r % 1000003
  end
  local function lf332(x)
    calls = calls + 1
    local r = x * 4 + 332
    r = r + lf333(x)
    if budget > 0 and (x + 332) % 3 == 0 then budget = budget - 1 r = r - lf337(x + 1) end
    return r % 1000003
  end
  local function lf331(x)
    calls = calls + 1
    local r = x * 3 + 331
    r = r + lf332(x)
    if budget > 0 and (x + 331) % 4 == 0 then budget = budget - 1 r = r - lf338(x + 1) end
    return r % 1000003
  end
  local function lf330(x)
    calls = calls + 1
    local r = x * 2 + 330
    r = r + lf331(x)
    if budget > 0 and (x + 330) % 2 == 0 then budget = budget - 1 r = r - lf340(x + 1) end
    return r % 1000003
  end
  local function lf329(x)
    calls = calls + 1
    local r = x * 1 + 329
    r = r + lf330(x)
    if budget > 0 and (x + 329) % 4 == 0 then budget = budget - 1 r = r - lf334(x + 1) end
    return r % 1000003
  end
  local function lf328(x)
    calls = calls + 1
    local r = x * 7 + 328
    r = r + lf329(x)
    if budget > 0 and (x + 328) % 3 == 0 then budget = budget - 1 r = r - lf343(x + 1) end
    return r % 1000003
  end
  local function lf327(x)
    calls = calls + 1
    local r = x * 6 + 327
    r = r + lf328(x)
    if budget > 0 and (x + 327) % 3 == 0 then budget = budget - 1 r = r - lf339(x + 1) end
    return r % 1000003
  end
  local function lf326(x)
    calls = calls + 1
    local r = x * 5 + 326
    r = r + lf327(x)
    if budget > 0 and (x + 326) % 4 == 0 then budget = budget - 1 r = r - lf347(x + 1) end
    return r % 1000003
  end
  local function lf325(x)
    calls = calls + 1
    local r = x * 4 + 325
    r = r + lf326(x)
    if budget > 0 and (x + 325) % 3 == 0 then budget = budget - 1 r = r - lf330(x + 1) end
    return r % 1000003
  end
  local function lf324(x)
    calls = calls + 1
    local r = x * 3 + 324
    r = r + lf325(x)
    if budget > 0 and (x + 324) % 2 == 0 then budget = budget - 1 r = r - lf344(x + 1) end
    return r % 1000003
  end
  local function lf323(x)
    calls = calls + 1
    local r = x * 2 + 323
    r = r + lf324(x)
    if budget > 0 and (x + 323) % 2 == 0 then budget = budget - 1 r = r - lf333(x + 1) end
    return r % 1000003
  end
  local function lf322(x)
    calls = calls + 1
    local r = x * 1 + 322
    r = r + lf323(x)
    if budget > 0 and (x + 322) % 3 == 0 then budget = budget - 1 r = r - lf346(x + 1) end
    return r % 1000003
  end
  local function lf321(x)
    calls = calls + 1
    local r = x * 7 + 321
    r = r + lf322(x)
    if budget > 0 and (x + 321) % 4 == 0 then budget = budget - 1 r = r - lf323(x + 1) end
    return r % 1000003
  end
  local function lf320(x)
    calls = calls + 1
    local r = x * 6 + 320
    r = r + lf321(x)
    if budget > 0 and (x + 320) % 4 == 0 then budget = budget - 1 r = r - lf347(x + 1) end
    return r % 1000003
  end
  local function lf319(x)
    calls = calls + 1
    local r = x * 5 + 319
    r = r + lf320(x)
    if budget > 0 and (x + 319) % 4 == 0 then budget = budget - 1 r = r - lf342(x + 1) end
    return r % 1000003
  end
  local function lf318(x)
    calls = calls + 1
    local r = x * 4 + 318
    r = r + lf319(x)
    if budget > 0 and (x + 318) % 4 == 0 then budget = budget - 1 r = r - lf343(x + 1) end
    return r % 1000003
  end
  local function lf317(x)
    calls = calls + 1
    local r = x * 3 + 317
    r = r + lf318(x)
    if budget > 0 and (x + 317) % 2 == 0 then budget = budget - 1 r = r - lf340(x + 1) end
    return r % 1000003
  end
  local function lf316(x)
    calls = calls + 1
    local r = x * 2 + 316
    r = r + lf317(x)
    if budget > 0 and (x + 316) % 3 == 0 then budget = budget - 1 r = r - lf341(x + 1) end
    return r % 1000003
  end
  local function lf315(x)
    calls = calls + 1
    local r = x * 1 + 315
    r = r + lf316(x)
    if budget > 0 and (x + 315) % 4 == 0 then budget = budget - 1 r = r - lf321(x + 1) end
    return r % 1000003
  end
  local function lf314(x)
    calls = calls + 1
    local r = x * 7 + 314
    r = r + lf315(x)
    if budget > 0 and (x + 314) % 4 == 0 then budget = budget - 1 r = r - lf337(x + 1) end
    return r % 1000003
  end
  local function lf313(x)
    calls = calls + 1
    local r = x * 6 + 313
    r = r + lf314(x)
    if budget > 0 and (x + 313) % 4 == 0 then budget = budget - 1 r = r - lf335(x + 1) end
    return r % 1000003
  end
  local function lf312(x)
    calls = calls + 1
    local r = x * 5 + 312
    r = r + lf313(x)
    if budget > 0 and (x + 312) % 4 == 0 then budget = budget - 1 r = r - lf321(x + 1) end
    return r % 1000003
  end
  local function lf311(x)
    calls = calls + 1
    local r = x * 4 + 311
    r = r + lf312(x)
    if budget > 0 and (x + 311) % 4 == 0 then budget = budget - 1 r = r - lf332(x + 1) end
    return r % 1000003
  end
  local function lf310(x)
    calls = calls + 1
    local r = x * 3 + 310
    r = r + lf311(x)
    if budget > 0 and (x + 310) % 4 == 0 then budget = budget - 1 r = r - lf331(x + 1) end
    return r % 1000003
  end
  local function lf309(x)
    calls = calls + 1
    local r = x * 2 + 309
    r = r + lf310(x)
    if budget > 0 and (x + 309) % 3 == 0 then budget = budget - 1 r = r - lf337(x + 1) end
    return r % 1000003
  end
  local function lf308(x)
    calls = calls + 1
    local r = x * 1 + 308
    r = r + lf309(x)
    if budget > 0 and (x + 308) % 4 == 0 then budget = budget - 1 r = r - lf335(x + 1) end
    return r % 1000003
  end
  local function lf307(x)
    calls = calls + 1
    local r = x * 7 + 307
    r = r + lf308(x)
    if budget > 0 and (x + 307) % 4 == 0 then budget = budget - 1 r = r - lf327(x + 1) end
    return r % 1000003
  end
  local function lf306(x)
    calls = calls + 1
    local r = x * 6 + 306
    r = r + lf307(x)
    if budget > 0 and (x + 306) % 2 == 0 then budget = budget - 1 r = r - lf316(x + 1) end
    return r % 1000003
  end
  local function lf305(x)
    calls = calls + 1
    local r = x * 5 + 305
    r = r + lf306(x)
    if budget > 0 and (x + 305) % 4 == 0 then budget = budget - 1 r = r - lf333(x + 1) end
    return r % 1000003
  end
  local function lf304(x)
    calls = calls + 1
    local r = x * 4 + 304
    r = r + lf305(x)
    if budget > 0 and (x + 304) % 4 == 0 then budget = budget - 1 r = r - lf330(x + 1) end
    return r % 1000003
  end
  local function lf303(x)
    calls = calls + 1
    local r = x * 3 + 303
    r = r + lf304(x)
    if budget > 0 and (x + 303) % 4 == 0 then budget = budget - 1 r = r - lf316(x + 1) end
    return r % 1000003
  end
  local function lf302(x)
    calls = calls + 1
    local r = x * 2 + 302
    r = r + lf303(x)
    if budget > 0 and (x + 302) % 3 == 0 then budget = budget - 1 r = r - lf340(x + 1) end
    return r % 1000003
  end
  local function lf301(x)
    calls = calls + 1
    local r = x * 1 + 301
    r = r + lf302(x)
    if budget > 0 and (x + 301) % 4 == 0 then budget = budget - 1 r = r - lf328(x + 1) end
    return r % 1000003
  end
  local function lf300(x)
    calls = calls + 1
    local r = x * 7 + 300
    r = r + lf301(x)
    if budget > 0 and (x + 300) % 3 == 0 then budget = budget - 1 r = r - lf302(x + 1) end
    return r % 1000003
  end
  local function lf299(x)
    calls = calls + 1
    local r = x * 6 + 299
    r = r + lf300(x)
    if budget > 0 and (x + 299) % 2 == 0 then budget = budget - 1 r = r - lf319(x + 1) end
    return r % 1000003
  end
  local function lf298(x)
    calls = calls + 1
    local r = x * 5 + 298
    r = r + lf299(x)
    if budget > 0 and (x + 298) % 4 == 0 then budget = budget - 1 r = r - lf327(x + 1) end
    return r % 1000003
  end
  local function lf297(x)
    calls = calls + 1
    local r = x * 4 + 297
    r = r + lf298(x)
    if budget > 0 and (x + 297) % 4 == 0 then budget = budget - 1 r = r - lf337(x + 1) end
    return r % 1000003
  end
  local function lf296(x)
    calls = calls + 1
    local r = x * 3 + 296
    r = r + lf297(x)
    if budget > 0 and (x + 296) % 3 == 0 then budget = budget - 1 r = r - lf318(x + 1) end
    return r % 1000003
  end
  local function lf295(x)
    calls = calls + 1
    local r = x * 2 + 295
    r = r + lf296(x)
    if budget > 0 and (x + 295) % 3 == 0 then budget = budget - 1 r = r - lf325(x + 1) end
    return r % 1000003
  end
  local function lf294(x)
    calls = calls + 1
    local r = x * 1 + 294
    r = r + lf295(x)
    if budget > 0 and (x + 294) % 2 == 0 then budget = budget - 1 r = r - lf339(x + 1) end
    return r % 1000003
  end
  local function lf293(x)
    calls = calls + 1
    local r = x * 7 + 293
    r = r + lf294(x)
    if budget > 0 and (x + 293) % 3 == 0 then budget = budget - 1 r = r - lf327(x + 1) end
    return r % 1000003
  end
  local function lf292(x)
    calls = calls + 1
    local r = x * 6 + 292
    r = r + lf293(x)
    if budget > 0 and (x + 292) % 4 == 0 then budget = budget - 1 r = r - lf344(x + 1) end
    return r % 1000003
  end
  local function lf291(x)
    calls = calls + 1
    local r = x * 5 + 291
    r = r + lf292(x)
    if budget > 0 and (x + 291) % 4 == 0 then budget = budget - 1 r = r - lf303(x + 1) end
    return r % 1000003
  end
  local function lf290(x)
    calls = calls + 1
    local r = x * 4 + 290
    r = r + lf291(x)
    if budget > 0 and (x + 290) % 3 == 0 then budget = budget - 1 r = r - lf297(x + 1) end
    return r % 1000003
  end
  local function lf289(x)
    calls = calls + 1
    local r = x * 3 + 289
    r = r + lf290(x)
    if budget > 0 and (x + 289) % 4 == 0 then budget = budget - 1 r = r - lf323(x + 1) end
    return r % 1000003
  end
  local function lf288(x)
    calls = calls + 1
    local r = x * 2 + 288
    r = r + lf289(x)
    if budget > 0 and (x + 288) % 4 == 0 then budget = budget - 1 r = r - lf330(x + 1) end
    return r % 1000003
  end
  local function lf287(x)
    calls = calls + 1
    local r = x * 1 + 287
    r = r + lf288(x)
    if budget > 0 and (x + 287) % 2 == 0 then budget = budget - 1 r = r - lf310(x + 1) end
    return r % 1000003
  end
  local function lf286(x)
    calls = calls + 1
    local r = x * 7 + 286
    r = r + lf287(x)
    if budget > 0 and (x + 286) % 2 == 0 then budget = budget - 1 r = r - lf340(x + 1) end
    return r % 1000003
  end
  local function lf285(x)
    calls = calls + 1
    local r = x * 6 + 285
    r = r + lf286(x)
    if budget > 0 and (x + 285) % 3 == 0 then budget = budget - 1 r = r - lf330(x + 1) end
    return r % 1000003
  end
  local function lf284(x)
    calls = calls + 1
    local r = x * 5 + 284
    r = r + lf285(x)
    if budget > 0 and (x + 284) % 2 == 0 then budget = budget - 1 r = r - lf314(x + 1) end
    return r % 1000003
  end
  local function lf283(x)
    calls = calls + 1
    local r = x * 4 + 283
    r = r + lf284(x)
    if budget > 0 and (x + 283) % 2 == 0 then budget = budget - 1 r = r - lf303(x + 1) end
    return r % 1000003
  end
  local function lf282(x)
    calls = calls + 1
    local r = x * 3 + 282
    r = r + lf283(x)
    if budget > 0 and (x + 282) % 2 == 0 then budget = budget - 1 r = r - lf289(x + 1) end
    return r % 1000003
  end
  local function lf281(x)
    calls = calls + 1
    local r = x * 2 + 281
    r = r + lf282(x)
    if budget > 0 and (x + 281) % 4 == 0 then budget = budget - 1 r = r - lf343(x + 1) end
    return r % 1000003
  end
  local function lf280(x)
    calls = calls + 1
    local r = x * 1 + 280
    r = r + lf281(x)
    if budget > 0 and (x + 280) % 3 == 0 then budget = budget - 1 r = r - lf291(x + 1) end
    return r % 1000003
  end
  local function lf279(x)
    calls = calls + 1
    local r = x * 7 + 279
    r = r + lf280(x)
    if budget > 0 and (x + 279) % 4 == 0 then budget = budget - 1 r = r - lf334(x + 1) end
    return r % 1000003
  end
  local function lf278(x)
    calls = calls + 1
    local r = x * 6 + 278
    r = r + lf279(x)
    if budget > 0 and (x + 278) % 4 == 0 then budget = budget - 1 r = r - lf304(x + 1) end
    return r % 1000003
  end
  local function lf277(x)
    calls = calls + 1
    local r = x * 5 + 277
    r = r + lf278(x)
    if budget > 0 and (x + 277) % 3 == 0 then budget = budget - 1 r = r - lf328(x + 1) end
    return r % 1000003
  end
  local function lf276(x)
    calls = calls + 1
    local r = x * 4 + 276
    r = r + lf277(x)
    if budget > 0 and (x + 276) % 2 == 0 then budget = budget - 1 r = r - lf329(x + 1) end
    return r % 1000003
  end
  local function lf275(x)
    calls = calls + 1
    local r = x * 3 + 275
    r = r + lf276(x)
    if budget > 0 and (x + 275) % 4 == 0 then budget = budget - 1 r = r - lf295(x + 1) end
    return r % 1000003
  end
  local function lf274(x)
    calls = calls + 1
    local r = x * 2 + 274
    r = r + lf275(x)
    if budget > 0 and (x + 274) % 2 == 0 then budget = budget - 1 r = r - lf276(x + 1) end
    return r % 1000003
  end
  local function lf273(x)
    calls = calls + 1
    local r = x * 1 + 273
    r = r + lf274(x)
    if budget > 0 and (x + 273) % 2 == 0 then budget = budget - 1 r = r - lf329(x + 1) end
    return r % 1000003
  end
  local function lf272(x)
    calls = calls + 1
    local r = x * 7 + 272
    r = r + lf273(x)
    if budget > 0 and (x + 272) % 4 == 0 then budget = budget - 1 r = r - lf296(x + 1) end
    return r % 1000003
  end
  local function lf271(x)
    calls = calls + 1
    local r = x * 6 + 271
    r = r + lf272(x)
    if budget > 0 and (x + 271) % 3 == 0 then budget = budget - 1 r = r - lf339(x + 1) end
    return r % 1000003
  end
  local function lf270(x)
    calls = calls + 1
    local r = x * 5 + 270
    r = r + lf271(x)
    if budget > 0 and (x + 270) % 4 == 0 then budget = budget - 1 r = r - lf278(x + 1) end
    return r % 1000003
  end
  local function lf269(x)
    calls = calls + 1
    local r = x * 4 + 269
    r = r + lf270(x)
    if budget > 0 and (x + 269) % 2 == 0 then budget = budget - 1 r = r - lf302(x + 1) end
    return r % 1000003
  end
  local function lf268(x)
    calls = calls + 1
    local r = x * 3 + 268
    r = r + lf269(x)
    if budget > 0 and (x + 268) % 2 == 0 then budget = budget - 1 r = r - lf328(x + 1) end
    return r % 1000003
  end
  local function lf267(x)
    calls = calls + 1
    local r = x * 2 + 267
    r = r + lf268(x)
    if budget > 0 and (x + 267) % 4 == 0 then budget = budget - 1 r = r - lf328(x + 1) end
    return r % 1000003
  end
  local function lf266(x)
    calls = calls + 1
    local r = x * 1 + 266
    r = r + lf267(x)
    if budget > 0 and (x + 266) % 4 == 0 then budget = budget - 1 r = r - lf335(x + 1) end
    return r % 1000003
  end
  local function lf265(x)
    calls = calls + 1
    local r = x * 7 + 265
    r = r + lf266(x)
    if budget > 0 and (x + 265) % 3 == 0 then budget = budget - 1 r = r - lf343(x + 1) end
    return r % 1000003
  end
  local function lf264(x)
    calls = calls + 1
    local r = x * 6 + 264
    r = r + lf265(x)
    if budget > 0 and (x + 264) % 4 == 0 then budget = budget - 1 r = r - lf322(x + 1) end
    return r % 1000003
  end
  local function lf263(x)
    calls = calls + 1
    local r = x * 5 + 263
    r = r + lf264(x)
    if budget > 0 and (x + 263) % 3 == 0 then budget = budget - 1 r = r - lf329(x + 1) end
    return r % 1000003
  end
  local function lf262(x)
    calls = calls + 1
    local r = x * 4 + 262
    r = r + lf263(x)
    if budget > 0 and (x + 262) % 3 == 0 then budget = budget - 1 r = r - lf334(x + 1) end
    return r % 1000003
  end
  local function lf261(x)
    calls = calls + 1
    local r = x * 3 + 261
    r = r + lf262(x)
    if budget > 0 and (x + 261) % 4 == 0 then budget = budget - 1 r = r - lf283(x + 1) end
    return r % 1000003
  end
  local function lf260(x)
    calls = calls + 1
    local r = x * 2 + 260
    r = r + lf261(x)
    if budget > 0 and (x + 260) % 3 == 0 then budget = budget - 1 r = r - lf322(x + 1) end
    return r % 1000003
  end
  local function lf259(x)
    calls = calls + 1
    local r = x * 1 + 259
    r = r + lf260(x)
    if budget > 0 and (x + 259) % 2 == 0 then budget = budget - 1 r = r - lf294(x + 1) end
    return r % 1000003
  end
  local function lf258(x)
    calls = calls + 1
    local r = x * 7 + 258
    r = r + lf259(x)
    if budget > 0 and (x + 258) % 3 == 0 then budget = budget - 1 r = r - lf341(x + 1) end
    return r % 1000003
  end
  local function lf257(x)
    calls = calls + 1
    local r = x * 6 + 257
    r = r + lf258(x)
    if budget > 0 and (x + 257) % 3 == 0 then budget = budget - 1 r = r - lf325(x + 1) end
    return r % 1000003
  end
  local function lf256(x)
    calls = calls + 1
    local r = x * 5 + 256
    r = r + lf257(x)
    if budget > 0 and (x + 256) % 2 == 0 then budget = budget - 1 r = r - lf338(x + 1) end
    return r % 1000003
  end
  local function lf255(x)
    calls = calls + 1
    local r = x * 4 + 255
    r = r + lf256(x)
    if budget > 0 and (x + 255) % 3 == 0 then budget = budget - 1 r = r - lf292(x + 1) end
    return r % 1000003
  end
  local function lf254(x)
    calls = calls + 1
    local r = x * 3 + 254
    r = r + lf255(x)
    if budget > 0 and (x + 254) % 4 == 0 then budget = budget - 1 r = r - lf265(x + 1) end
    return r % 1000003
  end
  local function lf253(x)
    calls = calls + 1
    local r = x * 2 + 253
    r = r + lf254(x)
    if budget > 0 and (x + 253) % 2 == 0 then budget = budget - 1 r = r - lf291(x + 1) end
    return r % 1000003
  end
  local function lf252(x)
    calls = calls + 1
    local r = x * 1 + 252
    r = r + lf253(x)
    if budget > 0 and (x + 252) % 3 == 0 then budget = budget - 1 r = r - lf288(x + 1) end
    return r % 1000003
  end
  local function lf251(x)
    calls = calls + 1
    local r = x * 7 + 251
    r = r + lf252(x)
    if budget > 0 and (x + 251) % 4 == 0 then budget = budget - 1 r = r - lf293(x + 1) end
    return r % 1000003
  end
  local function lf250(x)
    calls = calls + 1
    local r = x * 6 + 250
    r = r + lf251(x)
    if budget > 0 and (x + 250) % 2 == 0 then budget = budget - 1 r = r - lf262(x + 1) end
    return r % 1000003
  end
  local function lf249(x)
    calls = calls + 1
    local r = x * 5 + 249
    r = r + lf250(x)
    if budget > 0 and (x + 249) % 2 == 0 then budget = budget - 1 r = r - lf270(x + 1) end
    return r % 1000003
  end
  local function lf248(x)
    calls = calls + 1
    local r = x * 4 + 248
    r = r + lf249(x)
    if budget > 0 and (x + 248) % 4 == 0 then budget = budget - 1 r = r - lf299(x + 1) end
    return r % 1000003
  end
  local function lf247(x)
    calls = calls + 1
    local r = x * 3 + 247
    r = r + lf248(x)
    if budget > 0 and (x + 247) % 4 == 0 then budget = budget - 1 r = r - lf268(x + 1) end
    return r % 1000003
  end
  local function lf246(x)
    calls = calls + 1
    local r = x * 2 + 246
    r = r + lf247(x)
    if budget > 0 and (x + 246) % 2 == 0 then budget = budget - 1 r = r - lf275(x + 1) end
    return r % 1000003
  end
  local function lf245(x)
    calls = calls + 1
    local r = x * 1 + 245
    r = r + lf246(x)
    if budget > 0 and (x + 245) % 3 == 0 then budget = budget - 1 r = r - lf300(x + 1) end
    return r % 1000003
  end
  local function lf244(x)
    calls = calls + 1
    local r = x * 7 + 244
    r = r + lf245(x)
    if budget > 0 and (x + 244) % 4 == 0 then budget = budget - 1 r = r - lf288(x + 1) end
    return r % 1000003
  end
  local function lf243(x)
    calls = calls + 1
    local r = x * 6 + 243
    r = r + lf244(x)
    if budget > 0 and (x + 243) % 3 == 0 then budget = budget - 1 r = r - lf304(x + 1) end
    return r % 1000003
  end
  local function lf242(x)
    calls = calls + 1
    local r = x * 5 + 242
    r = r + lf243(x)
    if budget > 0 and (x + 242) % 2 == 0 then budget = budget - 1 r = r - lf251(x + 1) end
    return r % 1000003
  end
  local function lf241(x)
    calls = calls + 1
    local r = x * 4 + 241
    r = r + lf242(x)
    if budget > 0 and (x + 241) % 3 == 0 then budget = budget - 1 r = r - lf349(x + 1) end
    return r % 1000003
  end
  local function lf240(x)
    calls = calls + 1
    local r = x * 3 + 240
    r = r + lf241(x)
    if budget > 0 and (x + 240) % 4 == 0 then budget = budget - 1 r = r - lf291(x + 1) end
    return r % 1000003
  end
  G2 = lf240
  C2 = lf295
end
local function entry(x) budget = 20 return G0(x) end
print("G0", entry(1), entry(12), calls)
local s = 0
for i = 1, 40 do s = (s + entry(i)) % 1000003 end
print("hot", s, calls)
local h = 0
for i = 1, 3000 do h = (h + C2(i)) % 1000003 end
print("hot tail", h, calls)
print("cold", C0(3), C1(4), C2(5), G2(6), calls)
print("float", G1(2.5), G2(0.5))
