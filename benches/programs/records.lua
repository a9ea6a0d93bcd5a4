-- Records: build tables of employee records from a Lua-written Park-Miller generator, then
-- aggregate per department (a table keyed by department name), filter, sort with a
-- comparator that breaks ties (a total order) and summarize with table.concat.
local function new_rng(seed)
  local rng = { state = seed }
  function rng:next(m)
    -- state * 16807 stays below 2^53, so floats (LuaJIT) and integers (Lua 5.4) agree.
    self.state = self.state * 16807 % 2147483647
    return self.state % m
  end
  return rng
end

local DEPTS = { "engineering", "sales", "marketing", "finance", "support", "legal", "research", "operations" }
local SYLLABLES = { "ka", "lo", "mi", "ra", "ton", "vel", "sa", "dor", "en", "qui", "zu", "bel" }

local function make_name(rng)
  local parts = {}
  local len = 2 + rng:next(3)
  for i = 1, len do
    parts[i] = SYLLABLES[rng:next(#SYLLABLES) + 1]
  end
  local s = table.concat(parts)
  return string.upper(string.sub(s, 1, 1)) .. string.sub(s, 2)
end

local function build(rng, n)
  local records = {}
  for i = 1, n do
    records[i] = {
      id = i,
      name = make_name(rng),
      dept = DEPTS[rng:next(#DEPTS) + 1],
      salary = 30000 + rng:next(90000),
      age = 20 + rng:next(45),
    }
  end
  return records
end

local function by_salary_desc(a, b)
  if a.salary ~= b.salary then
    return a.salary > b.salary
  end
  if a.name ~= b.name then
    return a.name < b.name
  end
  return a.id < b.id
end

local function round(rng, n, out)
  local records = build(rng, n)

  -- Aggregate: per-department count, salary sum, oldest age.
  local stats = {}
  for i = 1, #DEPTS do
    stats[DEPTS[i]] = { count = 0, sum = 0, oldest = 0 }
  end
  for i = 1, #records do
    local r = records[i]
    local s = stats[r.dept]
    s.count = s.count + 1
    s.sum = s.sum + r.salary
    if r.age > s.oldest then
      s.oldest = r.age
    end
  end

  -- Filter: above their department's average salary and at least 30.
  local picked = {}
  for i = 1, #records do
    local r = records[i]
    local s = stats[r.dept]
    if r.age >= 30 and r.salary * s.count > s.sum then
      table.insert(picked, r)
    end
  end

  table.sort(picked, by_salary_desc)

  local checksum = 0
  for i = 1, #picked do
    checksum = (checksum * 31 + picked[i].id) % 1000000007
  end

  local lines = {}
  for i = 1, #DEPTS do
    local d = DEPTS[i]
    local s = stats[d]
    lines[#lines + 1] = string.format("%s:%d/%.2f/%d", d, s.count, s.sum / s.count, s.oldest)
  end
  out[#out + 1] = table.concat(lines, " ")
  local top = {}
  for i = 1, 3 do
    local r = picked[i]
    top[i] = string.format("%s#%d(%s,%d)", r.name, r.id, r.dept, r.salary)
  end
  out[#out + 1] = string.format("picked %d of %d, checksum %d, top: %s",
    #picked, #records, checksum, table.concat(top, ", "))
end

local rng = new_rng(20240601)
local out = {}
for _ = 1, 8 do
  round(rng, 50000, out)
end
print(table.concat(out, "\n"))
