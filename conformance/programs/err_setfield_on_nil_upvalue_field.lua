-- assigning into a missing field reached through an upvalue
local state = {cfg = {level = 1}}
local function set(v) state.cfg.level = v end
local function get() return state.cfg.level end
set(5)
print(get())
set(get() * 2)
print(get())
state.cfg = nil
print(state.cfg)
set(1)
print("unreachable")
