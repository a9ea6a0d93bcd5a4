-- assigning the chunk's own _ENV (no local _ENV) redirects every function of the chunk
local print, setmt = print, nil
local function get() return answer end
local function put(v) answer = v end
answer = 1
local saved = _ENV
_ENV = {answer = 2}
print(get())
put(3)
print(get(), saved.answer)
_ENV = saved
print(get(), answer)
