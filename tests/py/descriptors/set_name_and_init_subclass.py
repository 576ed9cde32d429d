class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    fields = []
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower()
        cls.fields = [k for k, v in cls.__dict__.items() if isinstance(v, Field)]
        print("init_subclass", cls.__name__, cls.table)
class User(Model, table="users"):
    id = Field()
    name = Field()
class Post(Model):
    title = Field()
print(User.table, User.fields, Post.table, Post.fields, Model.fields)
print(User.__dict__["id"].owner, User.__dict__["name"].name)
late = Field()
User.late = late
print(hasattr(late, "name"))
try:
    class Bad(Model, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
