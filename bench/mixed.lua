-- wrk script: GET the paths given after "--" in turn (each thread starts at a different one).
-- wrk -t2 -c16 -d600s -s bench/mixed.lua http://127.0.0.1:PORT -- /bangkha/ /api/v1/orgs/bangkha ...
local paths = {}
local next_index = 0
local thread_count = 0

function setup(thread)
    thread_count = thread_count + 1
    thread:set("offset", thread_count)
end

function init(args)
    for _, path in ipairs(args) do
        paths[#paths + 1] = path
    end
    next_index = (offset or 0) % #paths
end

function request()
    next_index = next_index % #paths + 1
    return wrk.format("GET", paths[next_index])
end
