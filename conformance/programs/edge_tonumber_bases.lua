print(tonumber("7fffffffffffffff", 16), tonumber("ffffffffffffffffff", 16), tonumber("1e1", 16), tonumber("", 10), tonumber(" ", 36), tonumber("-ff", 16), tonumber("- ff", 16), tonumber("1 0", 2), tonumber("Z", 36), tonumber("9", 8))
print(tonumber("10", 2.0), tonumber("  +101  ", 2), tonumber("0x10", 16), tonumber("10", 36))
