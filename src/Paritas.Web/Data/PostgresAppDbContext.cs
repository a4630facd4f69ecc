using Microsoft.EntityFrameworkCore;

namespace Paritas.Web.Data;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, TenantContext tenant)
    : AppDbContext(options, tenant);
