-- A class-based simulation in the style of richards: tasks of three classes (a base class
-- and two subclasses found through __index chains) run by a scheduler object; every step is
-- a method call, and half of them reach the base class through a second metatable.
local Task = {}
Task.__index = Task

function Task.new(id, prio, work)
  return setmetatable({ id = id, prio = prio, work = work, count = 0, done = false }, Task)
end

function Task:run(sched)
  self.count = self.count + 1
  self.work = self.work - 1
  if self.work <= 0 then self.done = true end
  return self.prio
end

function Task:reset(work)
  self.work = work
  self.done = false
end

local Worker = setmetatable({}, { __index = Task })
Worker.__index = Worker

function Worker.new(id, prio, work)
  return setmetatable(Task.new(id, prio, work), Worker)
end

function Worker:run(sched)
  local p = Task.run(self, sched)
  sched:post(self.id % 7 + p)
  return p
end

local Handler = setmetatable({}, { __index = Task })
Handler.__index = Handler

function Handler.new(id, prio)
  local h = setmetatable(Task.new(id, prio, 1), Handler)
  h.acc = 0
  return h
end

function Handler:run(sched)
  self.count = self.count + 1
  local v = sched:take()
  if v then self.acc = (self.acc + v) % 1000003 end
  return self.prio
end

local Sched = {}
Sched.__index = Sched

function Sched.new()
  return setmetatable({ tasks = {}, queue = {}, head = 1, tail = 0, posted = 0 }, Sched)
end

function Sched:add(t)
  self.tasks[#self.tasks + 1] = t
end

function Sched:post(v)
  self.tail = self.tail + 1
  self.queue[self.tail] = v
  self.posted = self.posted + 1
end

function Sched:take()
  if self.head > self.tail then return nil end
  local v = self.queue[self.head]
  self.queue[self.head] = nil
  self.head = self.head + 1
  return v
end

function Sched:step(round)
  local total = 0
  local tasks = self.tasks
  for i = 1, #tasks do
    local t = tasks[i]
    if t.done then t:reset(round % 13 + 1) end
    total = total + t:run(self)
  end
  return total
end

local s = Sched.new()
for i = 1, 12 do s:add(Worker.new(i, i % 4 + 1, i % 9 + 1)) end
for i = 13, 20 do s:add(Handler.new(i, i % 3 + 1)) end
local total = 0
for round = 1, 150000 do total = total + s:step(round) end
local acc = 0
for i = 13, 20 do acc = acc + s.tasks[i].acc end
print(total, s.posted, acc)
