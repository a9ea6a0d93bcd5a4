-- "pattern too complex" must be raised quickly
local n = 300000
local subj = string.rep("a", n)
local pat = string.rep("a?", n) .. "b"
print(pcall(string.match, subj, pat))
print(pcall(string.find, subj, pat))
print(pcall(string.gsub, subj, pat, ""))
print(pcall(string.match, "aaaa", string.rep("a*", 300)))
print(pcall(string.match, "aaaa", string.rep("a-", 300)))
print(pcall(string.match, "aaaa", string.rep("(a?)", 30)))
print(pcall(string.match, "", string.rep("%f[a]", 300)))
-- a long pattern of plain items is not too complex
print(#string.match(subj, string.rep("a", 1000)))
-- many quantified items below the limit work
print(string.match(string.rep("a", 100), string.rep("a?", 100)) == string.rep("a", 100))
print(string.find(string.rep("a", 50) .. "b", string.rep("a*", 150) .. "b"))
-- a long non-recursive search is fine
print(string.find(subj .. "b", "a*b"))
print(string.find(subj, "b"))
