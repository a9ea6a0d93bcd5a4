-- an uncaught level-2 error from a helper blames the caller's line
local function need(v, what)
  if v == nil then
    error("missing " .. what, 2)
  end
  return v
end
local function configure(opts)
  local host = need(opts.host, "host")
  local port = need(opts.port, "port")
  return host .. ":" .. port
end
print(configure({host = "localhost", port = 80}))
print(pcall(configure, {host = "h"}))
print("configuring without host")
configure({port = 1})
print("unreachable")
