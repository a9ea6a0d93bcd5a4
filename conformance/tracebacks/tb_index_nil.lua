-- indexing a nil value
local config = {db = {host = "h"}}
local function port_of(c)
  return c.server.port
end
local function show()
  print(config.db.host)
  local p = port_of(config)
  print(p)
end
show()
