-- `..` has no template or translation: both backends call its generic helper.
local function greet(name) return "hello, " .. name end
print(greet("lua"))
