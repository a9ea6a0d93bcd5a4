-- calling methods on table elements and call results
local items = {}
for i = 1, 3 do
  items[i] = {id = i, describe = function(self, prefix) return prefix .. self.id end}
end
print(items[1]:describe("#"), items[3]:describe("item "))
local function get(i) return items[i] end
print(get(2):describe("got "))
local reg = {list = items}
print(reg.list[2]:describe(">"))
local idx = 1
print(items[idx + 2]:describe("+"))
print(({id = 99, describe = items[1].describe}):describe("lit "))
