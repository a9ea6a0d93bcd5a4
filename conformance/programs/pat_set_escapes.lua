-- escapes and special positions inside sets
print(("a]b"):find("[%]]"))
print(("a]b"):find("[]]"))
print(("x]y]z"):gsub("[]x]", "#"))
print(("a]b"):gsub("[^]]", "."))
print(("a-b"):find("[%-]"))
print(("a-b"):find("[a-]", 2))
print(("-ab"):gsub("[-a]", "+"))
print(("a-z"):gsub("[a%-z]", "X"))
print(("m-"):gsub("[a-z-]", "X"))
print(("[x]"):gsub("[%[%]]", ""))
print(("a%b"):find("[%%]"))
print(("a.b"):gsub("[%.]", ","))
print(("a^b"):gsub("[a^]", "_"))
print(("%a"):gsub("[%a]", "L"))     -- %a inside set is the class
print(("ab-cd"):gsub("[%a-]", "."))  -- class then literal '-'
print(("12-ab"):gsub("[%d-z]", "."))  -- %d then '-' then 'z'
print(("]]]"):match("^[]]+$"))
print(("^^"):match("[^^]"), ("^^a"):match("[^^]"))
print(("tab\there"):gsub("[\t]", "\\t"))
