[# th:insert="~{_header}" /]
#
# [(${t.c(ex2010 ? 'verify.intro2010' : 'verify.intro')})]
#   -Part Exchange           [(${t.c('verify.partExchange')})]
[# th:if="${!ex2010}"]#   -Part MailboxServer      [(${t.c('verify.partMailboxServer')})]
[/][# th:if="${ex2010}"]#   -Part ClientAccessServer [(${t.c('verify.partClientAccessServer')})]
[/]#   -Part Lync               [(${t.c('verify.partLync')})]
# [(${t.c('verify.signIn')})]
[# th:if="${!ex2010}"]# [(${t.c('verify.event112')})]
[/][# th:if="${ex2010}"]# [(${t.c('verify.event112Exchange2010')})]
[/]#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
[CmdletBinding()]
param(
    # [(${t.c('verify.part')})]
    [Parameter(Mandatory = $true)]
    [ValidateSet('Exchange', [# th:if="${ex2010}"]'ClientAccessServer'[/][# th:if="${!ex2010}"]'MailboxServer'[/], 'Lync')]
    [string]$Part,
    # [(${t.c('verify.testUser')})]
    [string]$TestUser = '',
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
$ImServerName = [(${q.imServerName})]
$CertificateThumbprint = [(${q.thumbprint})]
$MailboxServers = [(${q.mailboxServers})]
$ClientAccessServers = [(${q.clientAccessServers})]
$PolicyScope = [(${q.policyScope})]
$PolicyNames = [(${q.policies})]
[# th:if="${createsPool}"]$OwaPoolFqdn = [(${q.owaPoolFqdn})]
$ApplicationId = [(${q.applicationId})]
$Port = [(${port})]
$SiteId = [(${q.siteId})]
$RegistrarPoolFqdn = [(${q.registrarPoolFqdn})]
$PoolComputerFqdns = @(@([(${q.firstPoolComputer})]) + [(${q.extraPoolComputers})])

# [(${t.c('remediation.bareFqdn')})]
function Get-BareFqdn([string]$Value) {
    return ($Value -replace '^[^:]*:', '').ToLowerInvariant()
}
[/]
$problems = New-Object System.Collections.ArrayList

function Test-Check([bool]$Ok, [string]$What) {
    if ($Ok) {
        Write-Host ('OK      ' + $What)
    }
    else {
        Write-Host ('PROBLEM ' + $What)
        [void]$problems.Add($What)
    }
}

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    if ($Part -eq 'Exchange') {
        # [(${t.c('common.rightShellExchange')})]
        if (-not (Get-Command Get-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
            throw [(${t.q('verify.noExchangeCmdlet')})]
        }
[# th:if="${!ex2010}"]        # [(${t.c('verify.frontEnd')})]
        $directories = @()
        if ($ClientAccessServers.Count -gt 0) {
            foreach ($server in $ClientAccessServers) { $directories += @(Get-OwaVirtualDirectory -Server $server) }
        }
        else {
            $directories = @(Get-OwaVirtualDirectory)
        }
        Test-Check ($directories.Count -gt 0) [(${t.q('verify.directoriesFound')})]
        foreach ($directory in $directories) {
            Test-Check ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') ([(${t.f('verify.directoryIm', '[string]$directory.Identity')})])
        }
        # [(${t.c('verify.certificateEach')})]
        foreach ($server in $MailboxServers) {
            $certificate = Get-ExchangeCertificate -Server $server -Thumbprint $CertificateThumbprint -ErrorAction SilentlyContinue
            Test-Check ([bool]$certificate) ([(${t.f('verify.serverCertificateExists', '$server', '$CertificateThumbprint')})])
            if ($certificate) {
                Test-Check $certificate.HasPrivateKey ([(${t.f('verify.serverPrivateKey', '$server')})])
                Test-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) ([(${t.f('verify.serverDates', '$server')})])
                Write-Host ([(${t.f('verify.domains', '(($certificate.CertificateDomains | ForEach-Object { [string]$_ }) -join '', '')')})])
            }
        }
[/][# th:if="${ex2010}"]        # [(${t.c('verify.directory2010')})]
        foreach ($server in $ClientAccessServers) {
            $identity = $server.Split('.')[0] + '\owa (Default Web Site)'
            $directory = Get-OwaVirtualDirectory -Identity $identity
            Test-Check ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') ([(${t.f('verify.directoryIm2010', '$identity')})])
            Test-Check ([string]$directory.InstantMessagingServerName -eq $ImServerName) ([(${t.f('verify.serverName2010', '$identity', '$ImServerName')})])
            Test-Check ([string]$directory.InstantMessagingCertificateThumbprint -eq $CertificateThumbprint) ([(${t.f('verify.thumbprint2010', '$identity', '$CertificateThumbprint')})])
        }
[/]        # [(${t.c('verify.policies')})]
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy) }
        elseif ($PolicyScope -eq 'NAMED') { $policies = @($PolicyNames | ForEach-Object { Get-OwaMailboxPolicy -Identity $_ }) }
        else { $policies = @(Get-OwaMailboxPolicy -Identity 'Default') }
        foreach ($policy in $policies) {
            Test-Check ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') ([(${t.f('verify.policyIm', '[string]$policy.Identity')})])
        }
    }
[# th:if="${!ex2010}"]    elseif ($Part -eq 'MailboxServer') {
        $installPath = $env:ExchangeInstallPath
        if (-not $installPath) {
            throw [(${t.q('verify.noInstallPath')})]
        }
        # [(${t.c('verify.ucma')})]
        $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
        $dllPath = ''
        if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) { $dllPath = [string]$imKey.ImplementationDLLPath }
        Test-Check ($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf)) ([(${t.f('verify.ucmaFile', '$dllPath')})])
        # [(${t.c('verify.webConfig')})]
        $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
        $document = New-Object System.Xml.XmlDocument
        $document.Load($webConfigPath)
        $settings = @($document.SelectNodes('/configuration/appSettings/add'))
        foreach ($pair in @(@('IMCertificateThumbprint', $CertificateThumbprint), @('IMServerName', $ImServerName))) {
            $found = @($settings | Where-Object { $_.GetAttribute('key') -eq $pair[0] })
            Test-Check ($found.Count -eq 1 -and $found[0].GetAttribute('value') -eq $pair[1]) ([(${t.f('verify.webConfigKey', '$pair[0]', '$pair[1]')})])
        }
        # [(${t.c('verify.localCertificate')})]
        $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $CertificateThumbprint) -ErrorAction SilentlyContinue
        Test-Check ([bool]$certificate) ([(${t.f('verify.certificateInStore', '$CertificateThumbprint')})])
        if ($certificate) {
            Test-Check $certificate.HasPrivateKey [(${t.q('verify.privateKey')})]
            Test-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) [(${t.q('verify.dates')})]
        }
        # [(${t.c('verify.logFolder')})]
        $logFolder = Join-Path $installPath 'Logging\OWA\InstantMessaging'
        Test-Check (Test-Path -LiteralPath $logFolder) ([(${t.f('verify.logFolderExists', '$logFolder')})])
        # [(${t.c('verify.events')})]
        $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'MSExchange OWA'; Id = 112, 75, 78, 83, 84, 88, 100, 101, 102, 103, 104, 105, 106 } -MaxEvents 50 -ErrorAction SilentlyContinue)
        Test-Check (@($events | Where-Object { $_.Id -eq 112 }).Count -gt 0) [(${t.q('verify.event112Check')})]
        foreach ($failure in @($events | Where-Object { $_.Id -ne 112 } | Select-Object -First 10)) {
            Write-Warning ([(${t.f('verify.failureEvent', '$failure.Id', '$failure.TimeCreated', '$failure.Message')})])
        }
    }
[/][# th:if="${ex2010}"]    elseif ($Part -eq 'ClientAccessServer') {
        # [(${t.c('verify.provider2010')})]
        $installPath = $env:ExchangeInstallPath
        if (-not $installPath) {
            throw [(${t.q('verify.noInstallPath2010')})]
        }
        $expected = Join-Path $installPath 'ClientAccess\Owa\bin\Microsoft.Rtc.UCWeb.dll'
        $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
        $dllPath = ''
        if ($imKey -and $imKey.ImplementationDLLPath) { $dllPath = [string]$imKey.ImplementationDLLPath }
        Test-Check ($dllPath -eq $expected) ([(${t.f('verify.dllPath2010', '$expected')})])
        Test-Check (Test-Path -LiteralPath $expected -PathType Leaf) ([(${t.f('verify.dllExists2010', '$expected')})])
    }
[/]    else {
        # [(${t.c('common.rightShellLync')})]
        if (-not (Get-Command Get-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw [(${t.q('verify.noLyncCmdlet')})]
        }
[# th:if="${createsPool}"]        # [(${t.c('verify.pool')})]
        $poolFqdn = $OwaPoolFqdn.ToLowerInvariant()
        $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        Test-Check ([bool]$pool) ([(${t.f('verify.poolExists', '$OwaPoolFqdn')})])
        if ($pool) {
            Test-Check ((Get-BareFqdn ([string]$pool.Registrar)) -eq $RegistrarPoolFqdn.ToLowerInvariant()) ([(${t.f('verify.registrarIs', '$RegistrarPoolFqdn', '$pool.Registrar')})])
            # [(${t.c('verify.siteIdentity')})]
            $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId } | Select-Object -First 1
            Test-Check ([bool]$site -and [string]$pool.SiteId -eq [string]$site.Identity) ([(${t.f('verify.siteIs', '$SiteId', '$pool.SiteId')})])
            # [(${t.c('verify.poolComputers')})]
            $computers = @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue | ForEach-Object { Get-BareFqdn ([string]$_.Identity) })
            foreach ($computerFqdn in $PoolComputerFqdns) {
                Test-Check ($computers -contains $computerFqdn) ([(${t.f('verify.poolComputer', '$computerFqdn', '$OwaPoolFqdn')})])
            }
        }
        # [(${t.c('verify.applicationList')})]
        $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn -and ([string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId) })
        Test-Check ($applications.Count -gt 0) ([(${t.f('verify.applicationExists', '$ApplicationId')})])
        foreach ($application in $applications) {
            Test-Check ([int]$application.Port -eq $Port) ([(${t.f('verify.portOf', '[string]$application.Identity', '$Port', '$application.Port')})])
        }
[/][# th:if="${!createsPool}"]        # [(${t.c('verify.colocated')})]
        $exchangeServers = @($MailboxServers + $ClientAccessServers)
        $manual = @(Get-CsTrustedApplicationComputer -ErrorAction SilentlyContinue | Where-Object { $exchangeServers -contains (([string]$_.Identity) -replace '^[^:]*:', '').ToLowerInvariant() })
        Test-Check ($manual.Count -eq 0) [(${t.q('verify.noManualPool')})]
[/]        if ($TestUser) {
            # [(${t.c('verify.user')})]
            $user = Get-CsUser -Identity $TestUser -ErrorAction SilentlyContinue
            Test-Check ([bool]$user -and $user.Enabled) ([(${t.f('verify.userEnabled', '$TestUser')})])
            if ($user) {
                Write-Host ([(${t.f('verify.sipAddress', '$user.SipAddress')})])
            }
        }
    }

    if ($problems.Count -eq 0) {
        Write-Host ([(${t.f('verify.success', '$Part')})])
        $exitCode = 0
    }
    else {
        Write-Host ([(${t.f('verify.failure', '$problems.Count', '$Part', '($problems -join ''; '')')})])
    }
}
[# th:insert="~{_end}" /]
