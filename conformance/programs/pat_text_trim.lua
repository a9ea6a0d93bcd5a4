-- several trimming idioms
local function trim1(s) return (s:gsub("^%s*(.-)%s*$", "%1")) end
local function trim2(s) return s:match("^%s*(.-)%s*$") end
local function trim3(s) local from = s:match("^%s*()"); return from > #s and "" or s:match(".*%S", from) end
local function ltrim(s) return (s:gsub("^%s+", "")) end
local function rtrim(s) return (s:gsub("%s+$", "")) end
local function squeeze(s) return (s:gsub("%s+", " ")) end
local samples = {"  hello  ", "\t\nx y\r\n", "", "   ", "nospace", " a ", "\0 x \0"}
for _, s in ipairs(samples) do
  print(string.format("%q|%q|%q|%q|%q|%q", trim1(s), trim2(s), trim3(s), ltrim(s), rtrim(s), squeeze(s)))
end
print(trim1(string.rep(" ", 1000) .. "mid" .. string.rep(" ", 1000)))
-- trim returns only the string with parentheses
print(select("#", ("  x  "):gsub("^%s+", "")), select("#", ltrim("  x  ")))
