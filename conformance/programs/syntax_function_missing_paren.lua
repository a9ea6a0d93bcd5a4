print("never")
function f x) return x end
