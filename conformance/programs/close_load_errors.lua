-- compile errors involving <close>, through load
local function try(src)
  local f, err = load(src, "=src")
  print(f == nil, err)
end
try("local a <close>, b <close> = nil, nil")
try("local a <close>, b = nil, nil")
try("local a, b <close> = nil, nil")
try("local x <close> = nil; x = 1")
try("local x <close> = nil; local function f() x = 2 end")
try("local c <const> = 1; c = 2")
try("local y <foo> = 1")
try("local y <close = 1")
try("local y <> = 1")
try("local a <const>, b <close> = 1, nil")
-- valid combinations compile and run
local f = load("local a <const>, b <close> = 5, nil; return a")
print("valid", f())
local g = load("local a <close>, b, c = nil, 2, 3; return b + c")
print("valid2", g())
-- goto into the scope of a local is rejected
try("goto l; local x <close> = nil; ::l:: print(x)")
try("do goto l end; local x <close> = nil; ::l::")
-- a label at the end of the block after a <close> local is still rejected
try("do goto l; local x <close> = nil; ::l:: end")
