-- calling a missing entry found through a variable key
local handlers = {
  start = function() return "started" end,
  stop = function() return "stopped" end,
}
local events = {"start", "stop", "pause"}
for i = 1, 2 do
  print(events[i], handlers[events[i]]())
end
local ev = events[3]
print("dispatching", ev)
print(handlers[ev]())
print("unreachable")
