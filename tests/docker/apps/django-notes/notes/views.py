from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt

from notes.models import Note


@csrf_exempt
def notes(request: HttpRequest) -> HttpResponse:
    """A form that adds a note; the page lists the notes and names the database engine."""
    if request.method == "POST":
        Note.objects.create(text=request.POST["text"])
    items = "".join(f"<li>{n.text}</li>" for n in Note.objects.order_by("id"))
    form = '<form method="post"><input name="text"><button>Add</button></form>'
    return HttpResponse(f"<p>{connection.vendor}</p><ul>{items}</ul>{form}")
