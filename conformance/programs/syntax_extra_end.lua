print("never")
local x = 1
end
