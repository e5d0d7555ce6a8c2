<#
.SYNOPSIS
    Collects the facts pcchat checks (operating system, hardware, prerequisites, SQL Server instances,
    certificates) from Lync Server 2013 / Skype for Business Server 2015 machines, one JSON file per
    machine, for "pcchat import --facts".

.DESCRIPTION
    Read only: it queries WMI/CIM classes, the registry, the certificate store and SQL Server's
    SERVERPROPERTY, and changes nothing on any machine. It writes nothing but one file per machine,
    <fqdn>.json, into -OutputDirectory on the machine it runs on (schema pcchat-facts/1, UTF-8).

    Runs on Windows PowerShell 3.0 and later (Windows Server 2008 R2 SP1 with WMF 3.0 included).
    Remote machines are collected over WinRM (PowerShell remoting, Invoke-Command): the collection runs
    on each machine with its local cmdlets, so every target needs PowerShell 3.0 and remoting enabled
    (Enable-PSRemoting; on by default from Windows Server 2012). SQL Server is queried on each machine
    itself with the collecting account's Windows credentials (no second hop).

    Every WMI/CIM class and property, registry value and cmdlet the script uses is listed once, in
    $Sources below; docs/import.md explains each.

.PARAMETER ComputerName
    The machines to collect, by name or FQDN. Default: this machine, without remoting.

.PARAMETER OutputDirectory
    Where to write the facts files. Default: the current directory.

.PARAMETER Credential
    An account for the remote machines (default: the current user).

.EXAMPLE
    .\Get-PcchatFacts.ps1 -ComputerName pc01.contoso.com, pc02.contoso.com, sqlpc01.contoso.com -OutputDirectory .\facts

.EXAMPLE
    .\Get-PcchatFacts.ps1 -ComputerName (Get-CsPool | ForEach-Object { $_.Computers }) -OutputDirectory .\facts
#>
[CmdletBinding()]
param(
    [string[]] $ComputerName = @(),

    [string] $OutputDirectory = (Get-Location).Path,

    [System.Management.Automation.PSCredential] $Credential
)

# region Sources: every class, property, registry value and cmdlet this script reads, in one place.
$Sources = @{
    OperatingSystem   = @{ Class = 'Win32_OperatingSystem'; Properties = @('Caption', 'Version', 'ServicePackMajorVersion') }
    ComputerSystem    = @{ Class = 'Win32_ComputerSystem'; Properties = @('DNSHostName', 'Domain', 'TotalPhysicalMemory') }
    Processor         = @{ Class = 'Win32_Processor'; Properties = @('Architecture', 'NumberOfCores', 'MaxClockSpeed') }
    PhysicalDisk      = @{ Namespace = 'root/Microsoft/Windows/Storage'; Class = 'MSFT_PhysicalDisk'; Properties = @('MediaType', 'Size') }
    DiskDrive         = @{ Class = 'Win32_DiskDrive'; Properties = @('Size') }
    NetAdapter        = @{ Namespace = 'root/StandardCimv2'; Class = 'MSFT_NetAdapter'; Properties = @('HardwareInterface', 'Virtual', 'Speed', 'InterfaceDescription') }
    NetworkAdapter    = @{ Class = 'Win32_NetworkAdapter'; Properties = @('PhysicalAdapter', 'NetEnabled', 'Speed') }
    LbfoTeam          = @{ Namespace = 'root/StandardCimv2'; Class = 'MSFT_NetLbfoTeam'; Properties = @('Name') }
    OptionalFeature   = @{ Class = 'Win32_OptionalFeature'; Properties = @('Name', 'InstallState') }
    QuickFix          = @{ Class = 'Win32_QuickFixEngineering'; Properties = @('HotFixID') }
    InstallationType  = @{ Key = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'; Value = 'InstallationType' }
    DotNetRelease     = @{ Key = 'HKLM:\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full'; Value = 'Release' }
    IdentityFoundation = @{ Key = 'HKLM:\SOFTWARE\Microsoft\Windows Identity Foundation\Setup\v3.5'; Feature = 'Windows-Identity-Foundation' }
    SqlInstances      = @{ Key = 'HKLM:\SOFTWARE\Microsoft\Microsoft SQL Server\Instance Names\SQL' }
    SqlProperties     = @('ProductVersion', 'ProductLevel', 'ProductUpdateLevel', 'Edition', 'IsHadrEnabled', 'IsClustered')
    Certificates      = @{ Store = 'Cert:\LocalMachine\My'; SubjectAlternativeName = '2.5.29.17' }
    Cmdlets           = @('ConvertTo-Json', 'ForEach-Object', 'Get-ChildItem', 'Get-CimInstance', 'Get-Date',
                          'Get-ItemProperty', 'Get-Location', 'Get-WindowsFeature', 'Import-Module', 'Invoke-Command',
                          'Join-Path', 'Measure-Object', 'New-Item', 'New-Object', 'Out-Null', 'Select-Object',
                          'Select-String', 'Test-Path', 'Where-Object', 'Write-Error', 'Write-Verbose', 'Write-Warning')
}
# endregion

# Runs on the machine being collected (locally, or remotely through Invoke-Command); returns its JSON.
$Collect = {
    param($Sources)
    $ErrorActionPreference = 'Stop'
    $GiB = 1073741824

    function Read-Cim($Source) {
        $arguments = @{ ClassName = $Source.Class; ErrorAction = 'Stop' }
        if ($Source.Namespace) { $arguments.Namespace = $Source.Namespace }
        @(Get-CimInstance @arguments | Select-Object -Property $Source.Properties)
    }

    function Read-OptionalCim($Source) {
        try { Read-Cim $Source } catch { $null }
    }

    function Read-Registry($Source) {
        if (-not (Test-Path -Path $Source.Key)) { return $null }
        $item = Get-ItemProperty -Path $Source.Key -ErrorAction SilentlyContinue
        if ($item -eq $null) { return $null }
        $item.($Source.Value)
    }

    $os = (Read-Cim $Sources.OperatingSystem)[0]
    $system = (Read-Cim $Sources.ComputerSystem)[0]
    $processors = Read-Cim $Sources.Processor
    $architectures = @{ 0 = 'x86'; 6 = 'ia64'; 9 = 'x64'; 12 = 'ARM64' }

    $disks = Read-OptionalCim $Sources.PhysicalDisk
    if ($disks -ne $null) {
        $mediaTypes = @{ 3 = 'HDD'; 4 = 'SSD'; 5 = 'SCM' }
        $diskFacts = @($disks | ForEach-Object {
            $type = $mediaTypes[[int]$_.MediaType]
            if (-not $type) { $type = 'Unspecified' }
            [ordered]@{ type = $type; sizeGB = [math]::Round($_.Size / $GiB) }
        })
    } else {
        $diskFacts = @(Read-Cim $Sources.DiskDrive | ForEach-Object { [ordered]@{ type = 'Unspecified'; sizeGB = [math]::Round($_.Size / $GiB) } })
    }

    $adapters = Read-OptionalCim $Sources.NetAdapter
    if ($adapters -ne $null) {
        $physical = @($adapters | Where-Object { $_.HardwareInterface -and -not $_.Virtual -and $_.InterfaceDescription -notlike '*Multiplexor*' })
        $speeds = @($physical | ForEach-Object { [double]$_.Speed })
        $teams = Read-OptionalCim $Sources.LbfoTeam
        $teamed = $teams -ne $null -and @($teams).Count -gt 0
    } else {
        $physical = @(Read-Cim $Sources.NetworkAdapter | Where-Object { $_.PhysicalAdapter -and $_.NetEnabled })
        $speeds = @($physical | ForEach-Object { [double]$_.Speed })
        $teamed = $null  # Windows Server 2008 R2 teams with vendor drivers, which no class describes
    }
    $link = $null
    if ($speeds.Count -gt 0) { $link = [math]::Round((($speeds | Measure-Object -Minimum).Minimum) / 1e9, 1) }

    $features = @()
    try {
        Import-Module ServerManager -ErrorAction Stop
        $features = @(Get-WindowsFeature | Where-Object { $_.Installed } | ForEach-Object { $_.Name })
    } catch {
        $features = @(Read-Cim $Sources.OptionalFeature | Where-Object { $_.InstallState -eq 1 } | ForEach-Object { $_.Name })
    }
    $wif = ($features -contains $Sources.IdentityFoundation.Feature) -or (Test-Path -Path $Sources.IdentityFoundation.Key)

    $sql = @()
    if (Test-Path -Path $Sources.SqlInstances.Key) {
        $names = (Get-ItemProperty -Path $Sources.SqlInstances.Key).PSObject.Properties |
            Where-Object { $_.Name -notlike 'PS*' } | ForEach-Object { $_.Name }
        foreach ($name in $names) {
            $server = '.'
            if ($name -ne 'MSSQLSERVER') { $server = '.\' + $name }
            $instance = [ordered]@{ name = $name; version = $null; edition = $null; productLevel = $null; updateLevel = $null; alwaysOn = $null; clustered = $null }
            try {
                $connection = New-Object System.Data.SqlClient.SqlConnection ("Server=$server;Database=master;Integrated Security=SSPI;Connect Timeout=15")
                $connection.Open()
                $columns = @($Sources.SqlProperties | ForEach-Object { "CONVERT(nvarchar(128), SERVERPROPERTY('$_')) AS [$_]" })
                $command = $connection.CreateCommand()
                $command.CommandText = 'SELECT ' + ($columns -join ', ')
                $reader = $command.ExecuteReader()
                if ($reader.Read()) {
                    $value = { param($column) if ($reader[$column] -is [System.DBNull]) { $null } else { [string]$reader[$column] } }
                    $instance.version = & $value 'ProductVersion'
                    $instance.edition = & $value 'Edition'
                    $instance.productLevel = & $value 'ProductLevel'
                    $instance.updateLevel = & $value 'ProductUpdateLevel'
                    $instance.alwaysOn = (& $value 'IsHadrEnabled') -eq '1'
                    $instance.clustered = (& $value 'IsClustered') -eq '1'
                }
                $reader.Close()
                $connection.Close()
            } catch {
                Write-Warning "SQL Server instance $name on $($system.DNSHostName): $($_.Exception.Message)"
            }
            $sql += $instance
        }
    }

    $certificates = @(Get-ChildItem -Path $Sources.Certificates.Store | ForEach-Object {
        $certificate = $_
        $san = @()
        $extension = $certificate.Extensions | Where-Object { $_.Oid.Value -eq $Sources.Certificates.SubjectAlternativeName }
        if ($extension) {
            $san = @($extension.Format($false) -split ',\s*' | Where-Object { $_ -like 'DNS Name=*' } | ForEach-Object { $_.Substring(9) })
        }
        $keySize = $null
        try { $keySize = $certificate.PublicKey.Key.KeySize } catch { }
        [ordered]@{
            subject = $certificate.Subject; san = $san; issuer = $certificate.Issuer; keySize = $keySize
            notAfter = $certificate.NotAfter.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ'); thumbprint = $certificate.Thumbprint
        }
    })

    $hotfixes = @(Read-Cim $Sources.QuickFix | ForEach-Object { $_.HotFixID } | Where-Object { $_ })
    $fqdn = $system.DNSHostName
    if ($system.Domain -and $system.Domain -ne 'WORKGROUP') { $fqdn = $system.DNSHostName + '.' + $system.Domain }

    $facts = [ordered]@{
        schema = 'pcchat-facts/1'
        collected = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
        collector = 'Get-PcchatFacts.ps1 1.0'
        computer = [ordered]@{ fqdn = $fqdn.ToLowerInvariant(); timeZone = [System.TimeZoneInfo]::Local.Id }
        os = [ordered]@{
            caption = $os.Caption; version = $os.Version; servicePack = [int]$os.ServicePackMajorVersion
            installationType = Read-Registry $Sources.InstallationType
        }
        hardware = [ordered]@{
            architecture = $architectures[[int]$processors[0].Architecture]
            sockets = $processors.Count
            coresPerSocket = [int]$processors[0].NumberOfCores
            clockMHz = [int]$processors[0].MaxClockSpeed
            memoryGB = [math]::Round($system.TotalPhysicalMemory / $GiB, 1)
            disks = $diskFacts
            networkAdapters = $physical.Count
            teamed = $teamed
            linkGbps = $link
        }
        software = [ordered]@{
            features = $features
            dotNetRelease = Read-Registry $Sources.DotNetRelease
            powerShell = $PSVersionTable.PSVersion.ToString()
            wif = $wif
            hotfixes = $hotfixes
        }
        sqlInstances = $sql
        certificates = $certificates
    }
    ConvertTo-Json -InputObject $facts -Depth 6
}

if (-not (Test-Path -Path $OutputDirectory)) {
    New-Item -ItemType Directory -Path $OutputDirectory | Out-Null
}
$targets = $ComputerName
if ($targets.Count -eq 0) { $targets = @('') }
$failed = 0
foreach ($target in $targets) {
    try {
        if ($target -eq '') {
            Write-Verbose 'Collecting this machine'
            $json = & $Collect $Sources
        } else {
            Write-Verbose "Collecting $target over WinRM"
            $remote = @{ ComputerName = $target; ScriptBlock = $Collect; ArgumentList = @($Sources); ErrorAction = 'Stop' }
            if ($Credential) { $remote.Credential = $Credential }
            $json = Invoke-Command @remote
        }
        $text = ($json -join "`n") + "`n"
        $fqdn = ($text | Select-String -Pattern '"fqdn":\s*"([^"]+)"').Matches[0].Groups[1].Value
        $file = Join-Path -Path $OutputDirectory -ChildPath ($fqdn + '.json')
        [System.IO.File]::WriteAllText($file, $text, (New-Object System.Text.UTF8Encoding $false))
        Write-Verbose "Wrote $file"
    } catch {
        $failed++
        Write-Error "$($target): $($_.Exception.Message)"
    }
}
if ($failed -gt 0) { exit 1 }
