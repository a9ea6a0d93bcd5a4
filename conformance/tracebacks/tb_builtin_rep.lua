-- string.rep with a bad argument
local function repeat_it(s, n)
  return string.rep(s, n)
end
print(repeat_it("ab", 3))
local function go() local r = repeat_it("x", "many") return r end
go()
