namespace Dossier.Nlp.Gazetteers;

/// <summary>
/// One candidate a gazetteer name can refer to. <see cref="Id"/> is the ISO 3166 alpha-2 code for
/// countries and demonyms, the GeoNames id for cities and the GeoNames admin code ("KZ.02") for admin1
/// divisions. Coordinates are absent (NaN) for admin1 divisions, whose source has none.
/// </summary>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    string CountryCode,
    string Admin1,
    double Latitude,
    double Longitude,
    long Population);
