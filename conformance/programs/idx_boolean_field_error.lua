-- indexing a boolean stored in a field
local opts = {verbose = false, level = {value = 3}}
print(opts.verbose, opts.level.value)
opts.level.value = opts.level.value + 1
print(opts.level.value)
opts.level = true
print(opts.level)
print(type(opts.level))
print(opts.verbose == false)
print(opts.level.value)
print("unreachable")
