"""The centre's desk: browse (Datasette), export (Excel/CSV), report (HTML/PDF),
and the list of units the centre oversees (`ita units import`)."""
