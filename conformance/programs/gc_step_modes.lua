-- collectgarbage("step") in both modes: generational collects and reports no cycle end
print(collectgarbage("step"), collectgarbage("step", 100))
collectgarbage("incremental")
print(collectgarbage("step"), collectgarbage("step", 0))
local n = 0 for i = 1, 100 do if collectgarbage("step", 0) then n = n + 1 end end print(n)
print(collectgarbage("step", 100000))
local m = 0 for i = 1, 100 do if collectgarbage("step", 1) then m = m + 1 end end print(m > 0 and m < 100)
