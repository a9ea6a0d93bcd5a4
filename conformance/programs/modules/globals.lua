-- a file chunk writing globals (to whatever _ENV it was given)
shared = "set by globals.lua"
counter = (counter or 0) + 1
return counter
