-- a module that returns false
falsy_ran = (falsy_ran or 0) + 1
return false
