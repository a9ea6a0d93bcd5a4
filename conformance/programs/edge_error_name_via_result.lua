local function id(x) return x end
id(string.rep)()
