namespace GoodPractices.Web.Api;

/// <summary>Endpoint metadata of the open data endpoints: only these are described in the OpenAPI document.</summary>
public sealed class OpenDataEndpoint
{
    public static readonly OpenDataEndpoint Instance = new();

    private OpenDataEndpoint()
    {
    }
}
