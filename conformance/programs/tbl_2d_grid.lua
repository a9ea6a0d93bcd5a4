-- game-of-life step on a small grid
local W, H = 6, 6
local g = {}
for y = 1, H do g[y] = {} for x = 1, W do g[y][x] = 0 end end
g[2][3], g[3][4], g[4][2], g[4][3], g[4][4] = 1, 1, 1, 1, 1
local function show(g)
  for y = 1, H do
    local row = {}
    for x = 1, W do row[x] = g[y][x] == 1 and "#" or "." end
    print(table.concat(row))
  end
end
local function step(g)
  local n = {}
  for y = 1, H do
    n[y] = {}
    for x = 1, W do
      local c = 0
      for dy = -1, 1 do
        for dx = -1, 1 do
          if not (dx == 0 and dy == 0) then
            local r = g[y + dy]
            if r and r[x + dx] == 1 then c = c + 1 end
          end
        end
      end
      local alive = g[y][x] == 1
      n[y][x] = ((alive and (c == 2 or c == 3)) or (not alive and c == 3)) and 1 or 0
    end
  end
  return n
end
show(g)
for i = 1, 4 do g = step(g) end
print("--")
show(g)
