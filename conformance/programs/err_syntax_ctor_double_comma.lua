-- two commas in a row inside a constructor (compile error)
print("not printed")
local t = {
  1,
  2,,
  3,
}
print(#t)
local u = {a = 1}
print(u.a)
print("end")
