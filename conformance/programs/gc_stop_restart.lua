-- with the collector stopped, memory only grows; restarting and collecting frees it
collectgarbage()
local base = collectgarbage("count")
collectgarbage("stop")
for i = 1, 20000 do local t = { i, i .. "" } end
local grown = collectgarbage("count")
print(collectgarbage("isrunning"), grown > base + 500)
collectgarbage("restart")
collectgarbage()
print(collectgarbage("isrunning"), collectgarbage("count") < grown)
