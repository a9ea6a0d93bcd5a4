-- bad argument through a string method and string.sub
local function up(s) return s:upper() end
print(up("abc"))
local function bad() return ("x"):rep(1, 2, 3) .. string.sub("abc", {}) end
bad()
