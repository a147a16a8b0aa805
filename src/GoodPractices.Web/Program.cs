using GoodPractices.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGoodPractices();

var app = builder.Build();
app.MapGoodPractices();
app.Run();

/// <summary>The entry point, public so the functional tests can start the site with WebApplicationFactory.</summary>
public partial class Program;
