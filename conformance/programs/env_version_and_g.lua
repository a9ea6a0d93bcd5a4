-- _VERSION and _G are fields of the global table
print(_VERSION, _G._VERSION == _VERSION)
print(_G._G._G == _G, _ENV._G == _ENV)
_G = nil
print(_G, _ENV ~= nil)
