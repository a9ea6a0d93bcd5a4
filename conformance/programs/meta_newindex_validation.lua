-- typed record: __newindex validates field types; a bad assignment ends the program
local schema = {name = "string", age = "number", tags = "table"}
local function record()
  local data = {}
  return setmetatable({}, {
    __index = data,
    __newindex = function(_, k, v)
      local want = schema[k]
      if want == nil then error("unknown field " .. tostring(k)) end
      if type(v) ~= want then error(string.format("field %s expects %s, got %s", k, want, type(v))) end
      data[k] = v
    end,
  })
end
local r = record()
r.name = "Ada"
r.age = 36
r.tags = {"math"}
r.age = r.age + 1
print(r.name, r.age, r.tags[1], rawget(r, "name"))
local r2 = record()
r2.name = "Bob"
print(r2.name, r2.age)
r2.age = "old"
print("unreachable")
