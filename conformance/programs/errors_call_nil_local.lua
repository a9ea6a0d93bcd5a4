print("start")
local fn
print("fn is", fn)
fn()
