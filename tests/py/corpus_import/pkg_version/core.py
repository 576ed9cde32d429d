def api(): return "core.api"
