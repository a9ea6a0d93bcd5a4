-- a module with a runtime error from indexing nil
local config = nil
local value = config.setting
return value
