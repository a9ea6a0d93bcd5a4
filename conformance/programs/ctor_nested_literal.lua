-- large nested literal (config-like data)
local config = {
  name = "strata",
  version = {major = 5, minor = 4},
  targets = {
    {arch = "x86_64", os = "linux", tier = 1},
    {arch = "aarch64", os = "linux", tier = 2},
    {arch = "x86_64", os = "macos", tier = 2},
  },
  flags = {"-O2", "-g"},
  limits = {stack = 200, [1] = "first"},
}
print(config.name, config.version.major .. "." .. config.version.minor)
print(#config.targets)
for i, tgt in ipairs(config.targets) do
  print(i, tgt.arch, tgt.os, tgt.tier)
end
print(table.concat(config.flags, " "))
print(config.limits.stack, config.limits[1], #config.limits)
local tier1 = 0
for _, tgt in ipairs(config.targets) do if tgt.tier == 1 then tier1 = tier1 + 1 end end
print(tier1)
config.targets[#config.targets + 1] = {arch = "riscv64", os = "linux", tier = 3}
print(#config.targets, config.targets[4].arch)
